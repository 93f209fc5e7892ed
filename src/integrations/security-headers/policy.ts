/**
 * A Content-Security-Policy as data: each directive's name and its sources, in the order written.
 * `"script-src 'self' 'sha256-…'; object-src 'none'"` ⇄ `Map { 'script-src' => ["'self'", "'sha256-…'"], … }`.
 */
export type Policy = Map<string, string[]>;

/** Reads a policy as a `<meta>` or header carries it; directive names are case-insensitive. */
export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const directive of text.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		// The first of two same-named directives is the one a browser applies.
		if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

/** Writes a policy the way a header carries it: `name source source; name source`. */
export function serializePolicy(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy allowing what any of `policies` allows: each directive with every source any of them
 * gives it (so the union of the pages' script and style hashes). `'none'` is dropped from a
 * directive that ends up with other sources, where it would mean nothing.
 */
export function mergePolicies(policies: Iterable<Policy>): Policy {
	const merged = new Map<string, Set<string>>();
	for (const policy of policies) {
		for (const [name, sources] of policy) {
			const into = merged.get(name) ?? new Set<string>();
			for (const source of sources) into.add(source);
			merged.set(name, into);
		}
	}
	return new Map(
		[...merged].map(([name, sources]) => {
			if (sources.size > 1) sources.delete("'none'");
			return [name, [...sources]];
		}),
	);
}
