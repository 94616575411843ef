/** The templates' records and the demo templates of every school. */
package kz.rudny.cabinet.domain.lessonanalysis.control;
