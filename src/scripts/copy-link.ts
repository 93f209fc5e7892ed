/**
 * Adds a "Copy link" button beside every `a[data-copy-link="<event title>"]`. Without JavaScript the plain link
 * stays, and a reader copies it the usual way.
 */
function announce(status: HTMLElement, message: string): void {
	status.textContent = '';
	// A fresh text node after a tick makes screen readers read the same message twice in a row.
	requestAnimationFrame(() => {
		status.textContent = message;
	});
}

async function copy(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

function enhance(link: HTMLAnchorElement, status: HTMLElement): void {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'copy-link';
	button.textContent = 'Copy link';
	// The link names its event in `data-copy-link`, so the button's name says which link it copies.
	const title = link.dataset['copyLink'];
	if (title) button.setAttribute('aria-label', `Copy link to this event: ${title}`);
	button.addEventListener('click', async () => {
		const ok = await copy(link.href);
		announce(status, ok ? 'Link copied' : `Copy this link: ${link.href}`);
		button.textContent = ok ? 'Copied' : 'Copy link';
		if (ok) setTimeout(() => (button.textContent = 'Copy link'), 2000);
	});
	link.after(' ', button);
}

const links = document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]');
if (links.length > 0 && navigator.clipboard) {
	const status = document.createElement('p');
	status.className = 'visually-hidden';
	status.setAttribute('role', 'status');
	document.body.append(status);
	for (const link of links) enhance(link, status);
}
