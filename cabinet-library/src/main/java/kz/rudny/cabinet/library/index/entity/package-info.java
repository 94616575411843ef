/** The search index's change log in the database, which every server of a cluster applies to its own index. */
package kz.rudny.cabinet.library.index.entity;
