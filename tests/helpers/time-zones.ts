import { afterEach, describe, test } from 'vitest';

/** Two zones a day apart: Honolulu is UTC−10, Seoul UTC+9. A calendar date must not move in either. */
export const TIME_ZONES = ['Pacific/Honolulu', 'Asia/Seoul'] as const;

/**
 * A test per zone of {@link TIME_ZONES}, run with that zone as this process's `TZ` (restored after):
 * `title` names it, `%s` standing for the zone.
 */
export function testInTimeZones(title: string, check: () => void): void {
	describe('in any time zone', () => {
		const original = process.env['TZ'];
		afterEach(() => {
			process.env['TZ'] = original;
		});
		test.each(TIME_ZONES)(title, (zone) => {
			process.env['TZ'] = zone;
			check();
		});
	});
}
