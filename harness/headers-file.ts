/** A rule of a `_headers` file: a path, exact or ending in `*` for a prefix, and its headers. */
export interface HeaderRule {
	pattern: string;
	headers: [name: string, value: string][];
}

/**
 * Reads a `_headers` file the way Netlify and Cloudflare Pages do: a path on its own line, then
 * its indented `Name: value` lines; `#` starts a comment line. Written here apart from
 * src/integrations/security-headers/header-rules.ts, so the tests do not share its mistakes; the
 * one reader of the file, for the tests' assertions and for the server (serve-dist.ts) alike.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon === -1) throw new Error(`_headers: "${line}" is not a header of a path`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/**
 * The headers the rules give a request for `pathname`. A header set by two matching rules is an
 * error: the hosts disagree on what that means (Netlify keeps one, Cloudflare joins them).
 */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const { pattern, headers: set } of rules) {
		const matches = pattern.endsWith('*')
			? pathname.startsWith(pattern.slice(0, -1))
			: pathname === pattern;
		if (!matches) continue;
		for (const [name, value] of set) {
			if (name in headers) throw new Error(`_headers sets ${name} twice for ${pathname}`);
			headers[name] = value;
		}
	}
	return headers;
}
