/** The figures of a school that the district compares: the indicators, the sources that count them, the facts. */
package kz.rudny.cabinet.domain.figures.boundary;
