/**
 * The web editor's own form controls, each checking what it takes by the rule the check and
 * the build use (one rule in one place), with the message in Arabic:
 * - `calendar-day`: a date YYYY-MM-DD that exists (2025-02-30 does not);
 * - `day-or-month`: the same, or a month YYYY-MM;
 * - `file-slug`: an entry's file name, Latin kebab-case; asked for a new entry only, since a
 *   published address never changes.
 * Decap reads a control's `isValid()` from the component instance, hence classes.
 */
import { Component, createElement as h, type ReactNode } from 'react';
import type { CmsWidgetControlProps } from 'decap-cms-core';
import { isCalendarDay, isDayOrMonth } from '../lib/content/calendar-dates.ts';
import { isKebabSlug, SLUG_RULE } from '../lib/content/slug.ts';

/** What Decap passes a control: its declared props, and these it passes without declaring them. */
type ControlProps = CmsWidgetControlProps<string | undefined> & {
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
  entry?: { get(key: string): unknown };
};

interface Problem {
  error: { type: 'CUSTOM'; message: string };
}

/**
 * A text control written left to right (dates, file names), checked by `problem`; empty, it
 * is left to Decap's own required check, or refused with `missing` when given.
 */
function checkedText(settings: {
  placeholder: string;
  problem: (value: string) => string | undefined;
  missing?: string;
  inputMode?: 'numeric';
}) {
  return class CheckedText extends Component<ControlProps> {
    isValid = (): true | Problem => this.problemOf();

    protected problemOf(): true | Problem {
      const value = (this.props.value ?? '').trim();
      const message = value === '' ? settings.missing : settings.problem(value);
      return message === undefined ? true : { error: { type: 'CUSTOM', message } };
    }

    render(): ReactNode {
      const { forID, value, onChange, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      return h('input', {
        id: forID,
        type: 'text',
        dir: 'ltr',
        lang: 'en',
        className: classNameWrapper,
        value: value ?? '',
        placeholder: settings.placeholder,
        inputMode: settings.inputMode,
        autoComplete: 'off',
        spellCheck: false,
        // Refused empty by this control, whatever Decap's `required`: said to assistive
        // technology, and to the label (src/admin/fields.css hides its «optional»).
        'aria-required': settings.missing === undefined ? undefined : true,
        onChange: (event: { target: { value: string } }) => onChange(event.target.value),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      });
    }
  };
}

export const CalendarDayControl = checkedText({
  placeholder: 'YYYY-MM-DD',
  inputMode: 'numeric',
  problem: (value) =>
    isCalendarDay(value) ? undefined : `«${value}» ليس تاريخًا صحيحًا: اكتب يومًا موجودًا في التقويم بالصيغة YYYY-MM-DD، مثل 2025-11-14.`,
});

export const DayOrMonthControl = checkedText({
  placeholder: 'YYYY-MM-DD',
  inputMode: 'numeric',
  problem: (value) =>
    isDayOrMonth(value)
      ? undefined
      : `«${value}» ليس تاريخًا صحيحًا: اكتب يومًا بالصيغة YYYY-MM-DD، أو شهرًا بالصيغة YYYY-MM إن ذكر المقال الشهر وحده.`,
});

const SlugInput = checkedText({
  placeholder: 'north-korean-troops-leave-kursk',
  problem: (value) => (isKebabSlug(value) ? undefined : `«${value}» لا يصلح رابطًا: ${SLUG_RULE.ar}، مثل north-korean-troops-leave-kursk.`),
  // Optional to Decap (an existing entry has no value to give), required of a new one here.
  missing: 'اكتب رابط المادة بالحروف اللاتينية: به يُسمّى ملفها ويصير عنوان صفحتها.',
});

/** For a new entry, asks for its file name (required); for an existing one, shows it. */
export class FileSlugControl extends SlugInput {
  isValid = (): true | Problem => (this.props.entry?.get('newRecord') ? this.problemOf() : true);

  render(): ReactNode {
    if (this.props.entry?.get('newRecord')) return super.render();
    return h(
      'output',
      { id: this.props.forID, dir: 'ltr', lang: 'en', className: this.props.classNameWrapper },
      String(this.props.entry?.get('slug') ?? ''),
    );
  }
}
