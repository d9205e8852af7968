/** The message when a rule needs a calendar to know where the school year ends. */
export const NEEDS_CALENDAR = "This timeline depends on where the school year ends; add your district's school calendar.";
