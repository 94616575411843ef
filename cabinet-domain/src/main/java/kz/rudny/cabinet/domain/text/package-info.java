/** Small text helpers every module shares: Kazakh and Russian letters in Latin. */
package kz.rudny.cabinet.domain.text;
