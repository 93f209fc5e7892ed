import { afterEach, test } from 'vitest';

/** Zones either side of UTC, far enough apart to put one instant on different days. */
export const TIME_ZONES = ['Pacific/Honolulu', 'Asia/Seoul'] as const;

/**
 * One test per zone of {@link TIME_ZONES}, run with `process.env.TZ` set to it (Node's `Date` and
 * `Intl` follow it at once), and the run's own zone restored after each. `%s` in `title` is the zone.
 */
export function testInEachTimeZone(title: string, check: (zone: string) => void): void {
	const original = process.env['TZ'];
	afterEach(() => {
		// Assigning undefined would set the zone named "undefined".
		if (original === undefined) delete process.env['TZ'];
		else process.env['TZ'] = original;
	});
	test.each(TIME_ZONES)(title, (zone) => {
		process.env['TZ'] = zone;
		check(zone);
	});
}
