/** A same-origin JSON file, or a rejection naming the address when it is missing or unreadable. */
export async function fetchJson(url: string): Promise<unknown> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.statusText}`);
	return response.json() as Promise<unknown>;
}
