//! Dividing amounts among countries and sectors: capital shares under the share rule, generic
//! lending across countries under caps ("water-filling"), and each country's sector mix.

use super::reference::{Country, N_COUNTRIES, N_SECTORS};
use super::scenario::{FundContributions, Scenario, ShareRule, sector_array};

/// Splits `total` in proportion to `weights`, but gives no one more than their `cap`: what a cap
/// cuts off goes to the uncapped in proportion to their weights, repeated until nothing moves.
///
/// Returns the allocation; its sum is `min(total, Σ caps of positive-weight entries)`. Entries
/// with a zero weight get nothing.
pub fn water_fill(
    total: f64,
    weights: &[f64; N_COUNTRIES],
    caps: &[f64; N_COUNTRIES],
) -> [f64; N_COUNTRIES] {
    let mut alloc = [0.0; N_COUNTRIES];
    let mut fixed = [false; N_COUNTRIES];
    for i in 0..N_COUNTRIES {
        if weights[i] <= 0.0 || caps[i] <= 0.0 {
            fixed[i] = true;
        }
    }
    if total <= 0.0 {
        return alloc;
    }
    let mut remaining = total;
    // Each pass fixes at least one entry at its cap, or finishes.
    for _ in 0..=N_COUNTRIES {
        let free_weight: f64 = (0..N_COUNTRIES)
            .filter(|&i| !fixed[i])
            .map(|i| weights[i])
            .sum();
        if free_weight <= 0.0 || remaining <= 0.0 {
            break;
        }
        let level = remaining / free_weight;
        let mut newly_fixed = false;
        for i in 0..N_COUNTRIES {
            if !fixed[i] && level * weights[i] >= caps[i] {
                alloc[i] = caps[i];
                remaining -= caps[i];
                fixed[i] = true;
                newly_fixed = true;
            }
        }
        if !newly_fixed {
            for i in 0..N_COUNTRIES {
                if !fixed[i] {
                    alloc[i] = level * weights[i];
                }
            }
            break;
        }
    }
    alloc
}

/// Each country's share of the bank's subscribed capital (zero for non-members); sums to 1.
pub fn bank_shares(s: &Scenario) -> [f64; N_COUNTRIES] {
    let member = |c: Country| s.country(c).member;
    let mut raw = [0.0; N_COUNTRIES];
    let members = Country::ALL.into_iter().filter(|c| member(*c)).count();
    if members == 0 {
        return raw;
    }
    if s.capital.share_rule == ShareRule::Custom {
        for c in Country::ALL.into_iter().filter(|c| member(*c)) {
            raw[c.index()] = s.country(c).bank_share.unwrap_or(0.0);
        }
        return raw;
    }
    let gdp_total: f64 = Country::ALL
        .into_iter()
        .filter(|c| member(*c))
        .map(|c| c.info().gdp_bn)
        .sum();
    let equal_part = match s.capital.share_rule {
        ShareRule::Equal => 1.0,
        ShareRule::Gdp => 0.0,
        ShareRule::Hybrid | ShareRule::Custom => s.capital.hybrid_equal_part,
    };
    for c in Country::ALL.into_iter().filter(|c| member(*c)) {
        raw[c.index()] =
            equal_part / members as f64 + (1.0 - equal_part) * c.info().gdp_bn / gdp_total;
    }
    water_fill(1.0, &raw, &[s.capital.share_cap; N_COUNTRIES])
}

/// Each country's share of fund contributions; sums to 1.
pub fn fund_shares(s: &Scenario, bank: &[f64; N_COUNTRIES]) -> [f64; N_COUNTRIES] {
    match s.fund.contributions {
        FundContributions::SameAsBank => *bank,
        FundContributions::Custom => {
            let mut out = [0.0; N_COUNTRIES];
            for c in Country::ALL {
                let ca = s.country(c);
                if ca.member {
                    out[c.index()] = ca.fund_share.unwrap_or(0.0);
                }
            }
            out
        }
    }
}

/// Pipeline weights of the borrowing countries (zero for the others), not normalised.
pub fn pipeline_weights(s: &Scenario) -> [f64; N_COUNTRIES] {
    let mut w = [0.0; N_COUNTRIES];
    for c in Country::ALL {
        let ca = s.country(c);
        if ca.borrows {
            w[c.index()] = ca.weight.max(0.0);
        }
    }
    w
}

/// Each country's sector shares after the tilt: `s_ck ∝ base_mix_ck · τ_k`, rows summing to 1
/// (or all zero where the tilted mix is empty, so that the country cannot absorb generic demand).
pub fn sector_shares(s: &Scenario) -> [[f64; N_SECTORS]; N_COUNTRIES] {
    let mut tilt = [1.0; N_SECTORS];
    for (sector, value) in &s.sector_tilt {
        tilt[sector.index()] = *value;
    }
    let mut out = [[0.0; N_SECTORS]; N_COUNTRIES];
    for c in Country::ALL {
        let mix = sector_array(&s.country(c).sector_mix);
        let row = &mut out[c.index()];
        for k in 0..N_SECTORS {
            row[k] = mix[k].max(0.0) * tilt[k];
        }
        let sum: f64 = row.iter().sum();
        if sum > 0.0 {
            row.iter_mut().for_each(|v| *v /= sum);
        } else {
            *row = [0.0; N_SECTORS];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(a: &[f64]) -> f64 {
        a.iter().sum()
    }

    #[test]
    fn water_fill_without_binding_caps_is_proportional() {
        let mut w = [0.0; N_COUNTRIES];
        w[0] = 1.0;
        w[1] = 3.0;
        let alloc = water_fill(8.0, &w, &[100.0; N_COUNTRIES]);
        assert!((alloc[0] - 2.0).abs() < 1e-12 && (alloc[1] - 6.0).abs() < 1e-12);
    }

    #[test]
    fn water_fill_redistributes_what_a_cap_cuts_off_and_conserves_the_total() {
        // Weights 4, 2, 1, 1; total 10; caps 3 on the first, 10 elsewhere.
        let mut w = [0.0; N_COUNTRIES];
        w[..4].copy_from_slice(&[4.0, 2.0, 1.0, 1.0]);
        let mut caps = [10.0; N_COUNTRIES];
        caps[0] = 3.0;
        let alloc = water_fill(10.0, &w, &caps);
        // The first is capped at 3; the remaining 7 is split 2:1:1.
        let want = [3.0, 3.5, 1.75, 1.75];
        for i in 0..4 {
            assert!((alloc[i] - want[i]).abs() < 1e-12, "{alloc:?}");
        }
        assert!((sum(&alloc) - 10.0).abs() < 1e-12);
    }

    #[test]
    fn water_fill_cascades_when_redistribution_pushes_another_over_its_cap() {
        let mut w = [0.0; N_COUNTRIES];
        w[..3].copy_from_slice(&[5.0, 4.0, 1.0]);
        let mut caps = [100.0; N_COUNTRIES];
        caps[0] = 2.0;
        caps[1] = 5.0;
        // 10 → first wants 5 (cap 2); then 8 left over weights 4:1 → second wants 6.4 (cap 5).
        let alloc = water_fill(10.0, &w, &caps);
        assert!((alloc[0] - 2.0).abs() < 1e-12);
        assert!((alloc[1] - 5.0).abs() < 1e-12);
        assert!((alloc[2] - 3.0).abs() < 1e-12);
    }

    #[test]
    fn water_fill_leaves_what_nobody_can_absorb() {
        let mut w = [0.0; N_COUNTRIES];
        w[..2].copy_from_slice(&[1.0, 1.0]);
        let mut caps = [0.0; N_COUNTRIES];
        caps[0] = 1.0;
        caps[1] = 2.0;
        let alloc = water_fill(10.0, &w, &caps);
        assert!((sum(&alloc) - 3.0).abs() < 1e-12);
    }

    #[test]
    fn baseline_shares_sum_to_one_and_respect_the_cap() {
        let s = Scenario::default();
        let shares = bank_shares(&s);
        assert!((sum(&shares) - 1.0).abs() < 1e-12);
        assert!(shares.iter().all(|v| *v <= s.capital.share_cap + 1e-12));
        // China hits the 30 % cap under the hybrid rule.
        assert!((shares[Country::CHN.index()] - 0.30).abs() < 1e-12);
        assert_eq!(shares[Country::MNG.index()], 0.0);
    }

    #[test]
    fn equal_rule_gives_equal_shares() {
        let mut s = Scenario::default();
        s.capital.share_rule = ShareRule::Equal;
        let shares = bank_shares(&s);
        for c in Country::ALL.into_iter().take(10) {
            assert!((shares[c.index()] - 0.1).abs() < 1e-12);
        }
    }

    #[test]
    fn tilts_lean_every_row_and_keep_it_normalised() {
        let mut s = Scenario::default();
        let before = sector_shares(&s);
        s.sector_tilt
            .insert(super::super::reference::Sector::Renewables, 2.0);
        let after = sector_shares(&s);
        let r = super::super::reference::Sector::Renewables.index();
        for c in 0..N_COUNTRIES {
            assert!((sum(&after[c]) - 1.0).abs() < 1e-12);
            if before[c][r] > 0.0 {
                assert!(after[c][r] > before[c][r]);
            }
        }
    }
}
