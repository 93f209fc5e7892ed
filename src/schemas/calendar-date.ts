import { z } from 'astro/zod';
import { parseCalendarDate } from '../lib/dates/index.ts';

/**
 * A schema for a date written as a quoted string and read by `parse`, which returns the date or
 * `{ error }`. Unquoted YAML dates are refused: YAML would turn them into instants and roll
 * impossible ones (`2024-13-45`) over into another day, month or year.
 * @param examples the accepted forms, for the message when the value is not a string at all.
 */
export function dateStringSchema<T>(
	parse: (text: string) => T | { error: string },
	examples: string,
) {
	return z.unknown().transform((value, context): T => {
		if (value instanceof Date) {
			context.addIssue({
				code: 'custom',
				message:
					'write the date as a quoted string ("2023-10-13"): an unquoted YAML date becomes an instant and impossible dates roll over',
			});
			return z.NEVER;
		}
		if (typeof value !== 'string') {
			context.addIssue({ code: 'custom', message: `expected a date string such as ${examples}` });
			return z.NEVER;
		}
		const parsed = parse(value);
		if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) {
			context.addIssue({ code: 'custom', message: parsed.error });
			return z.NEVER;
		}
		return parsed as T;
	});
}

/**
 * A calendar date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, becoming a `CalendarDate` whose precision is
 * the string's own.
 */
export const calendarDateSchema = dateStringSchema(
	parseCalendarDate,
	'"2023-10-13", "2023-10" or "2023"',
);
