/**
 * Apps Script enums at run time. Real enum values print as their names (`String(x) === 'RANGE'`) and
 * compare with `===`; the fakes use the name strings themselves, cast to the declared enum types.
 */

/** Builds `{ A: 'A', B: 'B' }` typed as the Apps Script enum object `T`. */
export function enumOf<T>(names: readonly string[]): T {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as unknown as T;
}

export const ProtectionType = enumOf<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(['RANGE', 'SHEET']);
export const DataValidationCriteria = enumOf<typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria>([
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
]);
export const BooleanCriteria = enumOf<typeof GoogleAppsScript.Spreadsheet.BooleanCriteria>([
  'CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE', 'DATE_EQUAL_TO_RELATIVE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH', 'CUSTOM_FORMULA',
]);
export const Dimension = enumOf<typeof GoogleAppsScript.Spreadsheet.Dimension>(['COLUMNS', 'ROWS']);
export const WrapStrategy = enumOf<typeof GoogleAppsScript.Spreadsheet.WrapStrategy>(['WRAP', 'OVERFLOW', 'CLIP']);
export const Button = enumOf<typeof GoogleAppsScript.Base.Button>(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = enumOf<typeof GoogleAppsScript.Base.ButtonSet>(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export const AuthMode = enumOf<typeof GoogleAppsScript.Script.AuthMode>(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const AuthorizationStatus = enumOf<typeof GoogleAppsScript.Script.AuthorizationStatus>(['REQUIRED', 'NOT_REQUIRED']);
export const ScriptEventType = enumOf<typeof GoogleAppsScript.Script.EventType>([
  'CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED',
]);
export const TriggerSource = enumOf<typeof GoogleAppsScript.Script.TriggerSource>(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
export const InstallationSource = enumOf<typeof GoogleAppsScript.Script.InstallationSource>([
  'APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON',
]);
export const Weekday = enumOf<typeof GoogleAppsScript.Base.Weekday>([
  'SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY',
]);
export const Month = enumOf<typeof GoogleAppsScript.Base.Month>([
  'JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER',
]);
export const DigestAlgorithm = enumOf<typeof GoogleAppsScript.Utilities.DigestAlgorithm>([
  'MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512',
]);
export const Charset = enumOf<typeof GoogleAppsScript.Utilities.Charset>(['US_ASCII', 'UTF_8']);
export const MacAlgorithm = enumOf<typeof GoogleAppsScript.Utilities.MacAlgorithm>([
  'HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512',
]);
export const RsaAlgorithm = enumOf<typeof GoogleAppsScript.Utilities.RsaAlgorithm>(['RSA_SHA_1', 'RSA_SHA_256']);
export const CalendarColor = enumOf<typeof GoogleAppsScript.Calendar.Color>([
  'BLUE', 'BROWN', 'CHARCOAL', 'CHESTNUT', 'GRAY', 'GREEN', 'INDIGO', 'LIME', 'MUSTARD', 'OLIVE', 'ORANGE', 'PINK',
  'PLUM', 'PURPLE', 'RED', 'RED_ORANGE', 'SEA_BLUE', 'SLATE', 'TEAL', 'TURQOISE', 'YELLOW',
]);
export const EventColor = enumOf<typeof GoogleAppsScript.Calendar.EventColor>([
  'PALE_BLUE', 'PALE_GREEN', 'MAUVE', 'PALE_RED', 'YELLOW', 'ORANGE', 'CYAN', 'GRAY', 'BLUE', 'GREEN', 'RED',
]);
export const Visibility = enumOf<typeof GoogleAppsScript.Calendar.Visibility>(['CONFIDENTIAL', 'DEFAULT', 'PRIVATE', 'PUBLIC']);
export const GuestStatus = enumOf<typeof GoogleAppsScript.Calendar.GuestStatus>(['INVITED', 'MAYBE', 'NO', 'OWNER', 'YES']);
export const EventTransparency = enumOf<typeof GoogleAppsScript.Calendar.EventTransparency>(['OPAQUE', 'TRANSPARENT']);
export const CalendarEventType = enumOf<typeof GoogleAppsScript.Calendar.EventType>(['DEFAULT', 'BIRTHDAY', 'FOCUS_TIME', 'FROM_GMAIL', 'OUT_OF_OFFICE', 'WORKING_LOCATION']);
export const SandboxMode = enumOf<typeof GoogleAppsScript.HTML.SandboxMode>(['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = enumOf<typeof GoogleAppsScript.HTML.XFrameOptionsMode>(['ALLOWALL', 'DEFAULT']);
