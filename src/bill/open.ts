/** The door to the bill dialog (command palette): tiny, on the first-load path; the dialog loads on first use. */
export function openBill(): void {
  void import('./mount').then((m) => m.mountBill());
}
