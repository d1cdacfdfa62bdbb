/** A same-origin JSON file, or a rejection naming the address when it is missing or unreadable. */
export async function fetchJson(url: string, init?: RequestInit): Promise<unknown> {
	const response = await (init ? fetch(url, init) : fetch(url));
	if (!response.ok) throw new Error(`${url}: ${response.statusText}`);
	return response.json() as Promise<unknown>;
}
