package kz.rudny.cabinet.domain.files.boundary;

import java.util.Collection;
import java.util.List;

/**
 * Implemented (as a CDI bean) by every feature of any module whose records name stored files (a material's files,
 * the district's copy of a shared material, later a meeting's attachments ...). The start-up orphan sweep asks
 * every owner and deletes only stored files that none of them names; when an owner fails, nothing is swept.
 */
public interface StoredFileOwner {

    /**
     * Every stored name ({@link StoredFile#storedName()}) this owner's records still name, in all of these
     * schools and at district level. Called once at start, with no one signed in and outside any transaction:
     * the owner opens its own (per school, through the tenant filter, where its records are school data).
     */
    Collection<String> storedNames(List<Long> schoolIds);
}
