// Small grey notes on the newsroom's grey page background: darker than .nr-muted (which is meant for white
// cards), so they keep a 4.5:1 contrast.
export const DESK_NOTE_STYLE = { color: "#545f6b", fontSize: "0.85rem" } as const;
