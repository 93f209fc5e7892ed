/** What the copy buttons share: writing to the clipboard and telling screen-reader users it happened. */

/** Says `message` in the page's polite status region, made on first use. */
export function announce(message: string): void {
	let status = document.querySelector<HTMLElement>('[data-copy-status]');
	if (!status) {
		status = document.createElement('p');
		status.className = 'visually-hidden';
		status.setAttribute('role', 'status');
		status.dataset['copyStatus'] = '';
		document.body.append(status);
	}
	const region = status;
	region.textContent = '';
	// A fresh text node after a tick makes screen readers read the same message twice in a row.
	requestAnimationFrame(() => {
		region.textContent = message;
	});
}

/** Puts `text` on the clipboard; `false` when the browser refuses. */
export async function copy(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/**
 * A "Copy …" button that copies `text()` and says so, on the button for two seconds and in the
 * status region; when the clipboard refuses, it says what to copy by hand.
 */
export function copyButton(
	label: string,
	text: () => string,
	{ done = 'Copied', accessibleName }: { done?: string; accessibleName?: string } = {},
): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'copy-button';
	button.textContent = label;
	if (accessibleName) button.setAttribute('aria-label', accessibleName);
	button.addEventListener('click', async () => {
		const value = text();
		const ok = await copy(value);
		announce(ok ? done : `Copy this: ${value}`);
		button.textContent = ok ? 'Copied' : label;
		if (ok) setTimeout(() => (button.textContent = label), 2000);
	});
	return button;
}
