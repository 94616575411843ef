/** Subjects of the republic's curriculum (district-level reference data, named in three languages). */
package kz.rudny.cabinet.domain.subject.boundary;
