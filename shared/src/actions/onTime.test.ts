import { describe, expect, it } from 'vitest';
import { onTimeRates, type KeptAction } from './onTime.ts';

const action = (fields: Partial<KeptAction>): KeptAction => ({
  severity: 'SEV1',
  due: '2026-11-20',
  resolved: false,
  resolvedOn: null,
  ...fields,
});

describe('the on-time rate', () => {
  it('is resolved by the due date over resolved with a due date, per severity', () => {
    const rates = onTimeRates(
      [
        action({ resolved: true, resolvedOn: '2026-11-20' }), // on its due date: on time
        action({ resolved: true, resolvedOn: '2026-11-21' }), // a day late
        action({ resolved: true, resolvedOn: '2026-11-01', due: null }), // no due: not measured
        action({ severity: 'SEV2', resolved: true, resolvedOn: '2026-10-01' }),
      ],
      '2026-12-01',
    );
    expect(rates.map((r) => r.severity)).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4', 'none']);
    expect(rates[0]).toEqual({
      severity: 'SEV1',
      resolvedWithDue: 2,
      resolvedOnTime: 1,
      rate: 0.5,
      overdueOpen: 0,
    });
    expect(rates[1]).toMatchObject({ resolvedWithDue: 1, rate: 1 });
    expect(rates[2]).toMatchObject({ resolvedWithDue: 0, rate: null, overdueOpen: 0 });
  });

  it('counts open actions past their due date as overdue, from the day after it', () => {
    const rates = onTimeRates(
      [
        action({ due: '2026-11-19' }),
        action({ due: '2026-11-20' }),
        action({ due: null }),
        action({ due: '2026-11-01', resolved: true, resolvedOn: '2026-11-02' }),
        action({ severity: null, due: '2026-01-01' }),
      ],
      '2026-11-20',
    );
    expect(rates[0]).toMatchObject({ overdueOpen: 1, resolvedWithDue: 1, resolvedOnTime: 0 });
    expect(rates[4]).toMatchObject({ severity: 'none', overdueOpen: 1 });
  });

  it('leaves out a resolved action whose resolution date is not known', () => {
    const [sev1] = onTimeRates([action({ resolved: true, resolvedOn: null })], '2026-11-20');
    expect(sev1).toMatchObject({ resolvedWithDue: 0, rate: null });
  });
});
