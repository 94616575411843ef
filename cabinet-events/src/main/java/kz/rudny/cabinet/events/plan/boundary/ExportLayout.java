package kz.rudny.cabinet.events.plan.boundary;

/** How an exported plan lists its items: under a heading per quarter, or in one list by term. */
public enum ExportLayout {
    BY_QUARTER,
    BY_TERM
}
