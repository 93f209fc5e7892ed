import { describe, expect, test } from 'vitest';
import { eventSpan, parseEventDate } from '../../src/lib/dates/index.ts';
import { compareEvents, orderEvents } from '../../src/lib/order-events.ts';

function event(slug: string, edtf: string) {
	const date = parseEventDate(edtf);
	if ('error' in date) throw new Error(date.error);
	return { slug, edtf, span: eventSpan(date) };
}

function order(...events: ReturnType<typeof event>[]): string[] {
	return orderEvents(events).map((e) => e.slug);
}

describe('orderEvents', () => {
	test('puts a day range that ends inside a month before the month-only event', () => {
		expect(order(event('month', '2023-09'), event('range', '2023-09-10/2023-09-20'))).toEqual([
			'range',
			'month',
		]);
	});

	test('puts a month-only event before a day range that starts in it and runs on past its end', () => {
		expect(order(event('range', '2023-09-07/2023-10-01'), event('month', '2023-09'))).toEqual([
			'month',
			'range',
		]);
	});

	test('puts a month-only event before its last day, which it may include', () => {
		expect(order(event('day', '2023-09-30'), event('month', '2023-09'))).toEqual(['month', 'day']);
	});

	test('puts "on or before" first among events that end the same day', () => {
		expect(
			order(
				event('day', '2023-10-13'),
				event('between', '[2023-09..2023-10-13]'),
				event('before', '[..2023-10-13]'),
			),
		).toEqual(['before', 'between', 'day']);
	});

	test('puts "on or after" after every event that has a latest day', () => {
		expect(
			order(event('after', '[2023-09..]'), event('later', '2030-01-01'), event('month', '2023-09')),
		).toEqual(['month', 'later', 'after']);
	});

	test('orders events of the same day by slug, whatever the input order', () => {
		expect(
			order(event('white-house-briefing', '2023-10-13'), event('kcna-statement', '2023-10-13')),
		).toEqual(['kcna-statement', 'white-house-briefing']);
		expect(compareEvents(event('a', '2023-10-13'), event('a', '2023-10-13'))).toBe(0);
	});

	test('puts the editorial brief’s events in the order a reader should meet them', () => {
		const events = [
			event('white-house-briefing', '2023-10-13'),
			event('kcna-calls-carrier-a-provocation', '2023-10-13'),
			event('us-carrier-group-in-south-korea', '[..2023-10-13]'),
			event('think-tank-satellite-images', '[2023-09..2023-10-13]'),
			event('container-shipments-to-russia', '2023-09-07/2023-10-01'),
			event('kim-putin-summit', '2023-09'),
			event('earlier-us-accusations', '[..2023-09]'),
		];
		expect(order(...events)).toEqual([
			'earlier-us-accusations',
			'kim-putin-summit',
			'container-shipments-to-russia',
			'us-carrier-group-in-south-korea',
			'think-tank-satellite-images',
			'kcna-calls-carrier-a-provocation',
			'white-house-briefing',
		]);
	});

	test('does not change the array it is given', () => {
		const events = [event('b', '2023-10-13'), event('a', '2023-09')];
		orderEvents(events);
		expect(events.map((e) => e.slug)).toEqual(['b', 'a']);
	});
});
