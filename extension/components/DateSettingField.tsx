import { presentVerification, type DateSetting } from '../../shared/index.ts';

export interface DateSettingFieldProps {
  setting: DateSetting;
  /** What is typed in the field while it is not a valid value (the field shows it, not the saved value). */
  typing?: string;
  /** Why what was typed cannot be used, in a teacher's words. */
  error?: string;
  /** The teacher typed or chose a value; an empty text means "use the default". */
  onChange(text: string): void;
}

/** The element id of a setting's field (ids such as `TX.ardSummerRule` hold a dot, which selectors read as a class). */
export function settingFieldId(setting: Pick<DateSetting, 'id'>): string {
  return `setting-${setting.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * One setting that changes due dates: its plain name, what it does, its default and citation, the value in
 * use, and a field to change it (a number box, or a list of its choices with "the default" first).
 *
 * @example <DateSettingField setting={listDateSettings(settings)[0]} onChange={(text) => apply(text)} />
 */
export function DateSettingField({ setting, typing, error, onChange }: DateSettingFieldProps) {
  const id = settingFieldId(setting);
  const about = `${id}-about`;
  const kind = setting.kind;
  const defaultOption = <option value="">The default ({setting.defaultText})</option>;
  return (
    <div className="date-setting">
      <label htmlFor={id}>{setting.label}</label>
      <p id={about} className="muted date-setting-about">
        {setting.description} Default: {setting.defaultText}. <cite>{setting.citation}</cite>
        {setting.verification && setting.verification !== 'V' ? ` (${presentVerification(setting.verification)})` : ''}
      </p>
      {kind.type === 'whole-number' ? (
        <input
          id={id}
          type="text"
          inputMode="numeric"
          aria-describedby={about}
          aria-invalid={error ? true : undefined}
          placeholder={`${setting.defaultText} (the default)`}
          value={typing ?? setting.currentInput}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <select id={id} aria-describedby={about} value={setting.currentInput} onChange={(e) => onChange(e.target.value)}>
          {defaultOption}
          {kind.type === 'yes-no' ? (
            <>
              <option value="yes">Yes</option>
              <option value="no">No</option>
            </>
          ) : (
            kind.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))
          )}
        </select>
      )}
      <span className="date-setting-now">In use: {setting.isDefault ? `${setting.currentText} (the default)` : setting.currentText}</span>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
