/**
 * Association meetings and their minutes. The head of a methodical association (or the school methodologist)
 * plans the year's meetings with their agenda; members are told and see them on their calendar. After a meeting
 * the head or the meeting's secretary records attendance and the minutes in the schools' form (protocol number
 * within the association's year, chair and secretary, present and absent, guests; for each agenda item heard,
 * spoke and decided), with numbered decisions each owned by a member with a deadline. Minutes are a draft, every
 * save kept as a revision, until the head makes them final; final minutes are locked and corrected only by
 * addenda. Open decisions of earlier meetings open the next minutes, as schools write "on the execution of
 * earlier decisions".
 */
package kz.rudny.cabinet.events.meetings.boundary;
