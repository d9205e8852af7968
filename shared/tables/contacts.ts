import { ContactRecord } from '../contact-record.ts';
import { choices, column, type TableSpec } from '../table-spec.ts';

/** The parent-contact log (the Contacts tab). */
export const CONTACTS_TABLE: TableSpec<'contacts'> = {
  name: 'contacts',
  label: 'Contacts',
  file: 'contacts.csv',
  tab: 'Contacts',
  key: 'contactId',
  idPrefix: 'con',
  columns: [
    column('contactId', 'Contact ID', 'id', 'Casekeeper fills this in; leave it as it is.'),
    column('studentId', 'Student ID', 'id', 'The student.', { required: true, aliases: ['ID', 'Local ID'] }),
    column('date', 'Date', 'date', 'The day of the contact or attempt.', { required: true }),
    column('time', 'Time', 'time', 'Time of day (3:30 PM or 15:30).'),
    column('with', 'With', 'text', 'Who: Parent, Guardian …', { maxLength: 200, aliases: ['Contact', 'Person', 'Contacted'] }),
    column('method', 'Method', 'enum', 'Phone, email, meeting, note home, portal, visit or text.', {
      choices: choices(['phone', 'email', 'meeting', 'note-home', 'portal', 'visit', 'text'], { phone: ['call', 'phone call', 'telephone'], email: ['e-mail'], 'note-home': ['note', 'letter'], visit: ['home visit'], text: ['sms', 'text message'] }),
    }),
    column('topic', 'Topic', 'text', 'What it was about.', { maxLength: 200, aliases: ['Subject', 'Reason'] }),
    column('summary', 'Summary', 'longtext', 'What was said (avoid sensitive details).', { maxLength: 4000, aliases: ['Notes', 'Note'] }),
    column('concern', 'Concern Raised', 'boolean', 'Yes when the parent raised a concern that needs an answer.', { aliases: ['Concern', 'Parent Concern'] }),
    column('result', 'Result', 'enum', 'Reached, left message, no answer, or returned.', { choices: choices(['reached', 'left-message', 'no-answer', 'returned'], { reached: ['spoke', 'contacted'], 'left-message': ['voicemail', 'vm', 'message'], 'no-answer': ['no response'], returned: ['returned call', 'bounced'] }) }),
    column('followUpDue', 'Follow-up Due', 'date', 'When a follow-up is owed.', { aliases: ['Follow Up By', 'Follow-up Date'] }),
    column('followUpDone', 'Follow-up Done', 'date', 'When the follow-up was done.', { aliases: ['Followed Up', 'Follow-up Completed'] }),
  ],
  schema: ContactRecord,
  references: [{ column: 'studentId', table: 'students' }],
};
