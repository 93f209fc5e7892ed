/** Text made safe for HTML content and attribute values (the five characters HTML gives meaning). */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
