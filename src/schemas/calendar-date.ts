import { z } from 'astro/zod';
import { parseCalendarDate, type CalendarDate } from '../lib/calendar-date.ts';

/**
 * A calendar date written as a quoted string, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, becoming a
 * {@link CalendarDate} whose precision is the string's own. Unquoted YAML dates are refused:
 * YAML would turn them into instants and roll impossible ones (`2024-13-45`) into another year.
 */
export const calendarDateSchema = z
	.unknown()
	.transform((value, context): CalendarDate => {
		if (value instanceof Date) {
			context.addIssue({
				code: 'custom',
				message: 'write the date as a quoted string ("2023-10-13"): an unquoted YAML date becomes an instant and impossible dates roll over',
			});
			return z.NEVER;
		}
		if (typeof value !== 'string') {
			context.addIssue({ code: 'custom', message: 'expected a date string such as "2023-10-13", "2023-10" or "2023"' });
			return z.NEVER;
		}
		const parsed = parseCalendarDate(value);
		if ('error' in parsed) {
			context.addIssue({ code: 'custom', message: parsed.error });
			return z.NEVER;
		}
		return parsed;
	});
