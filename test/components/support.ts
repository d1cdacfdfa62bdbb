/**
 * What every tool's component test does the same way: type into a field by its label, send the
 * form and wait for the submit to run, read the status line, the texts a field is described by,
 * and everything in localStorage.
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { expect } from 'vitest';

export const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

/**
 * Sends the form with the button of that name and waits until the submit has run: every submit
 * moves focus (to the result's heading or to the first field with a message), and the tool's logic
 * may load on first use.
 */
export async function submitWith(buttonName: string) {
	const button = screen.getByRole('button', { name: buttonName });
	button.focus();
	fireEvent.click(button);
	await waitFor(() => expect(button).not.toHaveFocus());
}

export const status = () => screen.getByRole('status');

/** The texts of the elements an element's aria-describedby names, in order. */
export const describedBy = (el: HTMLElement) =>
	(el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);

/** Every key and value in localStorage, as one text to search. */
export const allStorage = () => Object.entries(localStorage).flat().join('\n');
