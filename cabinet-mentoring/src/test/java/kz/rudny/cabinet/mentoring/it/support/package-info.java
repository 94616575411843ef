/** The mentoring suite's test WAR. */
package kz.rudny.cabinet.mentoring.it.support;
