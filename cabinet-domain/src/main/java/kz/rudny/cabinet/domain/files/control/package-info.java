/**
 * Internal to stored files: the store on disk under generated names ({@code FileStore}), the kind from the bytes
 * ({@code FileSniffer}, Apache Tika's detectors), the name kept of what the sender gave ({@code FileNames}),
 * deletion tied to the transaction's outcome ({@code FilesAfterCommit}) and the start-up sweep over every
 * module's stored names ({@code OrphanSweep}).
 */
package kz.rudny.cabinet.domain.files.control;
