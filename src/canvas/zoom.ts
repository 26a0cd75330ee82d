/** The canvas's zoom range, shared by React Flow's props and a link's camera clamp. */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 2;
