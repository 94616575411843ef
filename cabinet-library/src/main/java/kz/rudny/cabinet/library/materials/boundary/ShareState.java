package kz.rudny.cabinet.library.materials.boundary;

/** A published material's standing in the district exchange. */
public enum ShareState {
    /** Seen only in its school. */
    NONE,
    /** Shared to the district by the school methodologist: every school sees it. */
    SHARED,
    /** Shared and featured by a district methodologist as district best practice. */
    FEATURED,
    /** Taken back from the district by a district methodologist, with a reason. */
    WITHDRAWN;

    public boolean isVisibleInDistrict() {
        return this == SHARED || this == FEATURED;
    }
}
