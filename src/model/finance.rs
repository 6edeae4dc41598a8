//! Standard finance formulas, with numpy-financial's sign and timing conventions
//! (payments at the end of each period; money paid out is negative).

/// Level payment per period that repays `pv` over `nper` periods at `rate` (numpy-financial `pmt`,
/// `fv = 0`, `when = 'end'`). With `pv` negative (money lent), the payment is positive.
pub fn pmt(rate: f64, nper: u32, pv: f64) -> f64 {
    let n = f64::from(nper);
    if rate == 0.0 {
        return -pv / n;
    }
    let growth = (1.0 + rate).powf(n);
    -(pv * growth) / ((growth - 1.0) / rate)
}

/// Interest part of payment `per` (1-based) of a level-payment loan (numpy-financial `ipmt`).
pub fn ipmt(rate: f64, per: u32, nper: u32, pv: f64) -> f64 {
    let payment = pmt(rate, nper, pv);
    // Balance after `per − 1` payments, as numpy-financial's `fv(rate, per − 1, pmt, pv)`.
    let k = f64::from(per - 1);
    let balance = if rate == 0.0 {
        -(pv + payment * k)
    } else {
        let growth = (1.0 + rate).powf(k);
        -(pv * growth + payment * (growth - 1.0) / rate)
    };
    balance * rate
}

/// Principal part of payment `per` (1-based) of a level-payment loan (numpy-financial `ppmt`).
pub fn ppmt(rate: f64, per: u32, nper: u32, pv: f64) -> f64 {
    pmt(rate, nper, pv) - ipmt(rate, per, nper, pv)
}

/// Net present value with the first value at t = 0 (numpy-financial `npv`).
pub fn npv(rate: f64, values: &[f64]) -> f64 {
    let discount = 1.0 / (1.0 + rate);
    values
        .iter()
        .rev()
        .fold(0.0, |acc, value| acc * discount + value)
}

/// Internal rate of return of `values` (first value at t = 0): the rate at which `npv` is zero.
///
/// Returns `None` where no such rate exists in (−99 %, 1000 %), e.g. when all flows have one sign.
/// Where several rates solve it, the one closest to zero is returned, as numpy-financial does.
pub fn irr(values: &[f64]) -> Option<f64> {
    let has_positive = values.iter().any(|v| *v > 0.0);
    let has_negative = values.iter().any(|v| *v < 0.0);
    if !(has_positive && has_negative) || values.iter().any(|v| !v.is_finite()) {
        return None;
    }
    // Scan for sign changes on a grid dense near zero, then bisect each bracket to full
    // precision. (Two roots within one grid step cancel out and are not seen; cash flows with
    // one sign change, like a fund's, have exactly one root.)
    let mut best: Option<f64> = None;
    let mut previous = (IRR_GRID[0], npv(IRR_GRID[0], values));
    for &rate in &IRR_GRID[1..] {
        let value = npv(rate, values);
        if value == 0.0 {
            best = closer_to_zero(best, rate);
        } else if previous.1 != 0.0 && (value < 0.0) != (previous.1 < 0.0) {
            best = closer_to_zero(best, bisect(values, previous.0, rate));
        }
        previous = (rate, value);
    }
    best
}

fn closer_to_zero(best: Option<f64>, candidate: f64) -> Option<f64> {
    match best {
        Some(b) if b.abs() <= candidate.abs() => Some(b),
        _ => Some(candidate),
    }
}

/// Rates at which NPV is evaluated to bracket its roots: dense near the usual range of returns.
const IRR_GRID: [f64; 24] = [
    -0.99, -0.9, -0.75, -0.5, -0.3, -0.2, -0.1, -0.05, -0.02, 0.0, 0.02, 0.05, 0.08, 0.12, 0.16,
    0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.5, 5.0, 10.0,
];

fn bisect(values: &[f64], mut lo: f64, mut hi: f64) -> f64 {
    let mut f_lo = npv(lo, values);
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if mid <= lo || mid >= hi {
            break;
        }
        let f_mid = npv(mid, values);
        if f_mid == 0.0 {
            return mid;
        }
        if (f_mid < 0.0) == (f_lo < 0.0) {
            lo = mid;
            f_lo = f_mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn pmt_and_ppmt_match_numpy_financial() {
        // numpy_financial.pmt(0.045, 15, -1.0) and ppmt(0.045, k, 15, -1.0)
        assert!(close(pmt(0.045, 15, -1.0), 0.09311380811476891));
        let expected = [
            0.04811380811476891,
            0.05027892947993351,
            0.05254148130653051,
            0.05490584796532439,
            0.05737661112376398,
            0.05995855862433336,
            0.06265669376242836,
            0.06547624498173762,
            0.06842267600591581,
            0.07150169642618201,
            0.0747192727653602,
            0.07808164003980139,
            0.08159531384159245,
            0.0852671029644641,
            0.08910412259786499,
        ];
        for (k, want) in (1..=15).zip(expected) {
            assert!(close(ppmt(0.045, k, 15, -1.0), want), "payment {k}");
        }
        let total: f64 = (1..=15).map(|k| ppmt(0.045, k, 15, -1.0)).sum();
        assert!(close(total, 1.0));
        assert!(close(ppmt(0.0, 3, 15, -1.0), 1.0 / 15.0));
    }

    #[test]
    fn npv_and_irr_match_numpy_financial() {
        let flows = [-100.0, 39.0, 59.0, 55.0, 20.0];
        assert!(close(npv(0.08, &flows), 45.055471820954715));
        let rate = irr(&flows).unwrap_or(f64::NAN);
        assert!(close(rate, 0.28094842115996066), "{rate}");
        assert!(npv(rate, &flows).abs() < 1e-9);
        let rate = irr(&[-5.0, 1.0, 2.0, 2.5, 1.0, -0.3]).unwrap_or(f64::NAN);
        assert!(close(rate, 0.09411022389842572), "{rate}");
    }

    #[test]
    fn irr_is_none_without_a_sign_change() {
        assert_eq!(irr(&[1.0, 2.0]), None);
        assert_eq!(irr(&[-1.0, -2.0]), None);
        assert_eq!(irr(&[]), None);
    }

    #[test]
    fn irr_handles_losses() {
        // Paid 10, got 5 back a year later: −50 %.
        let rate = irr(&[-10.0, 5.0]).unwrap_or(f64::NAN);
        assert!(close(rate, -0.5), "{rate}");
    }
}
