/** What the events module's in-container tests share: the test WAR. */
package kz.rudny.cabinet.events.it.support;
