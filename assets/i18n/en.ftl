menu-language = Language

## Dialogs
button-ok = OK
button-cancel = Cancel
button-close = Close
dialog-unsaved-title = Unsaved changes
dialog-unsaved-body = { $name } has changes that are not saved.
dialog-save-first = Save first
dialog-discard-changes = Discard changes
dialog-path-entry-body = No system file dialog is available here; type the path instead.
dialog-path = Path:
dialog-open-failed-title = Could not open { $name }
dialog-open-failed-body = The open scenario is unchanged. Fix these in the file and open it again:
dialog-open-failed-body-start = The window shows the built-in baseline instead. Fix these in the file and open it again:
dialog-save-failed-title = Could not save
dialog-save-failed-body = Your changes are still here. Save them somewhere else, or fix the problem and save again.
dialog-pin-offer-title = Pin the reference this file names?
dialog-pin-offer-body = This scenario names a reference file outside its own folder. It is only read if you say so:
dialog-pin-it = Pin it
dialog-not-now = Not now
dialog-recover-title = Recover unsaved work?
dialog-recover-body = A copy of unsaved work on { $scenario } was kept when the app last closed unexpectedly.
dialog-recover-it = Recover it
dialog-discard-it = Discard it

recovery-describe-file = “{ $title }” ({ $file })
recovery-describe-unsaved = “{ $title }” (never saved)

properties-title = Scenario properties
properties-body = These travel with the file, so whoever opens it knows what it is about.
properties-field-title = Title
properties-author = Author
properties-question = Question it answers
properties-notes = Notes
properties-save-as-title = Save the scenario as
properties-save-as-body = First say what this scenario is: its title names it in Compare, in the brief and to whoever opens the file. Then choose where to save it.
properties-choose-file = Choose the file…

## Notices (one line under the guardrails)
notice-wrote-csv = Wrote { $count ->
    [one] one CSV file
   *[other] { $count } CSV files
} to { $folder }
notice-opened = Opened { $path }
notice-open-failed = Could not open { $path }
notice-reading-reference = Reading the reference { $path }…
notice-comparing = Comparing with { $reference }
notice-cannot-compare = Cannot compare with { $reference }: { $reason }
notice-cannot-pin-again = The file was compared with { $reference }, which cannot be pinned again here
notice-saved = Saved { $path }
notice-not-saved = Not saved: the changes are still only in this window
notice-copied-chart = Copied the chart ({ $width } × { $height } pixels)
notice-cannot-encode = cannot encode the picture: { $reason }
notice-saved-chart = Saved the chart to { $path }
notice-wrote-brief = Wrote the brief to { $path }
notice-brief-waiting = Writing the brief once the uncertainty study has finished…

notice-new-from-preset = New scenario from a preset
notice-preset-unreadable = The preset { $id } could not be read
notice-properties-changed = Properties changed (Undo takes them back)
notice-not-compared = Not compared with { $path }

reference-preset = preset “{ $id }”
reference-file = file { $path }
reference-snapshot = snapshot { $what }

purpose-open = Open a scenario file
purpose-save-as = Save the scenario as
purpose-export-folder = Export CSV files into a folder
purpose-pin-reference = Pin a scenario file as the reference
purpose-save-chart = Save the chart as a PNG picture
purpose-save-svg = Save the chart as an SVG vector file
purpose-export-brief = Export a brief (HTML)
filter-scenario = Scenario (RON)
filter-png = PNG picture
filter-svg = SVG vector file
filter-html = Web page (HTML)
# The type of a scenario file in a file manager (packaging/linux/sco-explorer.xml, tested to match).
file-type-scenario = SCO development-finance scenario

reference-cannot-start = the app could not start reading it ({ $reason })
reference-stopped = reading it stopped unexpectedly
reference-refused = The reference { $path } could not be pinned: { $reason }
reference-invalid = it is not a valid scenario ({ $count ->
    [one] one problem
   *[other] { $count } problems
})

## The window
app-name = SCO development-finance explorer
# The packages' desktop entry and the Windows README (packaging/), tested to match.
app-summary = Explore scenarios for a proposed SCO Development Bank and joint investment fund: financing flows, the bank's capital and the fund's returns
panel-assumptions = Assumptions
panel-hide = Hide
panel-hide-hint = Hide this panel (View › Assumptions panel shows it)
panel-show = ▶ Assumptions
panel-show-hint = Show the assumptions panel

window-title = { $name }{ $mark } — { app-name }

document-not-saved = { $title } (not saved)

## The web edition
web-cannot-start = The explorer could not start in this browser: { $reason }. A current Chrome, Edge, Firefox or Safari with WebGL2 is needed.
web-no-storage = This browser keeps nothing for the page (storage is switched off, or this is a private window), so unsaved work cannot be kept for a reload.
web-storage-full = The browser's storage for this page is full, so the copy of unsaved work could not be kept.
web-download-failed = The browser did not take the download of { $name }.
web-drop-unreadable = The browser could not read the dropped file { $name }: { $reason }
notice-downloaded = Downloaded { $name } (it is in the browser's downloads)
notice-downloaded-csv = Downloaded { $name }: { $count ->
    [one] one CSV file
   *[other] { $count } CSV files
} in one zip file

## The status line
status-problems = ! { $count ->
    [one] One problem
   *[other] { $count } problems
}: { $first }. The charts show the last valid scenario.
status-no-guardrail = No guardrail binds.
status-and-more = { $sentences } (+{ $more } more)
file-state-unsaved = Unsaved changes
file-state-saved = Saved
file-state-never-saved = Not saved to a file yet

## Menus
menu-file = File
menu-new-from-preset = New from preset
menu-open = Open…
menu-open-recent = Open recent
menu-save = Save
menu-save-as = Save as…
menu-export-csv = Export CSV…
menu-export-brief = Export brief…
menu-export-brief-hint = One HTML file for a memo: the question, headline figures, key charts, the assumptions that differ, and the scenario itself; opens in any browser and prints to PDF
menu-properties = Properties…
menu-quit = Quit
menu-edit = Edit
menu-undo = Undo
menu-redo = Redo
menu-view = View
menu-assumptions-panel = Assumptions panel
menu-theme = Theme
menu-theme-system = Follow the system
menu-theme-light = Light
menu-theme-dark = Dark

## Presets: titles and the questions they ask
preset-baseline-title = Baseline
preset-baseline-question = An NDB-sized bank ($50bn subscribed, 20 % paid in over five years, hybrid shares: 40 % equal, 60 % by GDP, capped at 30 %) lending from 2027 with AIIB-like demand growth, and a $5bn joint fund for machinery, electronics and chemicals. What does a bank of that size finance, and when does its capital run out?
preset-author = SCO scenario explorer presets
preset-edited-title = { $title } (edited)
preset-edited-notes = Started from the preset “{ $title }”, whose question was: { $question }
preset-ndb-equal-shares-title = NDB-style equal shares
preset-ndb-equal-shares-question = Every member subscribes the same share, as the five founders of the New Development Bank did. Who pays more and who less than under the baseline's hybrid rule, and does it change where the money goes?
preset-aiib-gdp-100bn-title = AIIB-style GDP shares, $100bn
preset-aiib-gdp-100bn-question = $100bn subscribed (as AIIB), shares by GDP capped at 30 %, and a higher approvals ceiling. How much more can a bank twice the baseline's size lend, and how much of the capital would China and India carry?
preset-green-corridors-title = Green corridors
preset-green-corridors-question = Renewables and transport tilted up, oil and gas down, following the SCO's call for "green" industrial corridors (as reported). How does the mix of what each country borrows for change? (Tilts act within each country's pipeline; country shares follow the pipeline weights.)
preset-industrial-fund-push-title = Industrial fund push
preset-industrial-fund-push-question = A $20bn joint fund (the 2024 Astana mandate: machinery, electronics, chemicals) investing over six years and mobilising 2.5 times its investments in co-investment. What returns would members see, and how much industry would it finance next to the bank?
preset-stress-title = Stress: high rates, three times the defaults, arrears
preset-stress-question = Base rate 7 %, a wider funding spread for an unrated bank, every default probability tripled, and Russia, Iran and Belarus paying only half their capital instalments. Does the bank stay above its capital floor? Note how higher rates also raise what the bank earns on its equity-funded assets, against the larger losses.
preset-delayed-start-title = Delayed start
preset-delayed-start-question = No decision on the bank has been made yet (as reported): here it opens in 2030 and its capital is paid over ten years; the fund also starts in 2030. How much financing does the delay cost by 2040?
preset-named-projects-title = Projects named in reports on the SCO
preset-named-projects-question = The projects that reports on SCO industrial cooperation name (Uzbekistan's 4.8 GW of solar and wind, Kyrgyz and Tajik solar, Chabahar port, the Great Stone park, EuroChem, Tatneft and others) as an explicit pipeline, approved before generic demand. Do they fit in the early years, and which are deferred?
preset-sustainable-lending-title = Sustainable lending: the same capital, lent steadily
preset-sustainable-lending-question = The baseline's capital, with approvals set each year at the sustainable lending level over a ten-year look-ahead (as IBRD sets its Sustainable Annual Lending Limit) instead of all demand while there is headroom. What changes: the lending cliff, the peak, the capital ratio, the total lent?
preset-sustainable-lending-notes = Compare with the baseline (pinned): approvals rise to about 4–5 bn a year and stay there, instead of 11.3 bn falling to 2.6 bn in one year. The rule leaves out the income new loans would earn, so it is a little cautious.
preset-aiib-replay-2016-title = AIIB replay 2016–2023: does the model reproduce a real bank?
preset-aiib-replay-2016-question = AIIB's first eight years, with the baseline's terms: US$ 100bn subscribed, 20 % paid in over five annual instalments from 2016, GDP-based shares, and approvals forced to the reported 1.69, 2.50, 3.31, 4.54, 9.98, 9.9, 6.6 and 11.4 bn (2016–2023), three quarters sovereign. Compare the model's end-2023 loans outstanding, share of approvals disbursed and equity with AIIB's reported figures: about 23 bn, about 55 % and about 21.5 bn.
preset-aiib-replay-2016-notes = Approvals are forced through named projects (one sovereign and one non-sovereign a year, in India and Kazakhstan for want of AIIB's non-SCO borrowers; no country has a disbursement delay, so the country does not change the bank's totals), with generic demand switched off. No fund. Sources: AIIB annual reports 2016–2023 and its 18-K filings (model.md §6). The model's figures are in the README.
preset-very-strong-capital-title = A very strong capital assessment: how much can the bank lend?
preset-very-strong-capital-question = The baseline's capital and demand up to 30 bn a year, with one limit on lending: the rating agencies' view of its capital. Approvals are cut only where the year-end risk-adjusted capital ratio would fall below 15 %, the bottom of a very strong assessment; the equity floor and the statutory multiple are off. How much can the bank lend while keeping a very strong capital assessment, and when does that limit bite?
preset-very-strong-capital-notes = Compare with the baseline (pinned). The lens is an approximation from public rules (Basel II risk weights, S&P's assessment scale, a preferred-creditor discount and a concentration add-on that are illustrative), not an agency's rating: read the answer as an upper bound. Callable capital counts for nothing here: no member is rated AA or better.
# The named projects' names, numbered as in the preset's file.
preset-named-projects-project-1 = Uzbekistan solar and wind (4.8 GW agreed in 2023)
preset-named-projects-project-2 = Kyrgyzstan 100 MW solar plant, Chui region
preset-named-projects-project-3 = Tajikistan solar plant up to 500 MW, Sughd region
preset-named-projects-project-4 = Varzob-1 hydropower plant reconstruction
preset-named-projects-project-5 = Chabahar port, next phase
preset-named-projects-project-6 = Great Stone China-Belarus Industrial Park, next phase
preset-named-projects-project-7 = Khorgos Eastern Gate industrial zone
preset-named-projects-project-8 = EuroChem fertilizer production, Kazakhstan
preset-named-projects-project-9 = Greenhouse vegetables on 500 ha, Kazakhstan
preset-named-projects-project-10 = Tatneft car-tyre plant, Kazakhstan
preset-named-projects-project-11 = BYD Uzbekistan plant expansion, Jizzakh industrial zone
preset-named-projects-project-12 = China-Russia high-tech centre (ICT, AI, robotics)
preset-aiib-replay-2016-project-1 = AIIB approvals 2016, sovereign
preset-aiib-replay-2016-project-2 = AIIB approvals 2016, non-sovereign
preset-aiib-replay-2016-project-3 = AIIB approvals 2017, sovereign
preset-aiib-replay-2016-project-4 = AIIB approvals 2017, non-sovereign
preset-aiib-replay-2016-project-5 = AIIB approvals 2018, sovereign
preset-aiib-replay-2016-project-6 = AIIB approvals 2018, non-sovereign
preset-aiib-replay-2016-project-7 = AIIB approvals 2019, sovereign
preset-aiib-replay-2016-project-8 = AIIB approvals 2019, non-sovereign
preset-aiib-replay-2016-project-9 = AIIB approvals 2020, sovereign
preset-aiib-replay-2016-project-10 = AIIB approvals 2020, non-sovereign
preset-aiib-replay-2016-project-11 = AIIB approvals 2021, sovereign
preset-aiib-replay-2016-project-12 = AIIB approvals 2021, non-sovereign
preset-aiib-replay-2016-project-13 = AIIB approvals 2022, sovereign
preset-aiib-replay-2016-project-14 = AIIB approvals 2022, non-sovereign
preset-aiib-replay-2016-project-15 = AIIB approvals 2023, sovereign
preset-aiib-replay-2016-project-16 = AIIB approvals 2023, non-sovereign

# The named projects' sources, numbered as in the preset's file.
preset-named-projects-source-1 = Press reports: 4.8 GW of solar and wind agreed in 2023; the first 1,000 MW stage cost $350m. Loan amount illustrative.
preset-named-projects-source-2 = Press reports: construction begun by a Chinese company, about 500 jobs. Amount illustrative.
preset-named-projects-source-3 = Press reports: China Datang Corporation intends to build it. Amount illustrative.
preset-named-projects-source-4 = Press reports: among India's largest projects in Central Asia. Amount illustrative.
preset-named-projects-source-5 = Press reports: the India–Iran–Central Asia route, behind schedule since the 2018 agreement. Amount illustrative.
preset-named-projects-source-6 = Press reports: about $1.3bn invested so far, 5,000 jobs planned by end-2025. Amount illustrative.
preset-named-projects-source-7 = Press reports: Chinese investment in industrial zones and logistics hubs. Amount illustrative.
preset-named-projects-source-8 = Press reports: a $1bn project; a half-financed loan is illustrative.
preset-named-projects-source-9 = Press reports: $1.7bn of investment; the loan amount is illustrative.
preset-named-projects-source-10 = Press reports: $274m.
preset-named-projects-source-11 = Press reports: the only such plant in Central Asia. Amount illustrative.
preset-named-projects-source-12 = Press reports: joint technology parks, Skolkovo centre. Amount illustrative.
preset-aiib-replay-2016-source-1 = AIIB annual report 2016: US$ 1.69 bn approved; sovereign share about three quarters
preset-aiib-replay-2016-source-2 = AIIB annual report 2016: US$ 1.69 bn approved; sovereign share about three quarters
preset-aiib-replay-2016-source-3 = AIIB annual report 2017: US$ 2.5 bn approved; sovereign share about three quarters
preset-aiib-replay-2016-source-4 = AIIB annual report 2017: US$ 2.5 bn approved; sovereign share about three quarters
preset-aiib-replay-2016-source-5 = AIIB annual report 2018: US$ 3.31 bn approved; sovereign share about three quarters
preset-aiib-replay-2016-source-6 = AIIB annual report 2018: US$ 3.31 bn approved; sovereign share about three quarters
preset-aiib-replay-2016-source-7 = AIIB annual report 2019: US$ 4.54 bn approved; sovereign share about three quarters
preset-aiib-replay-2016-source-8 = AIIB annual report 2019: US$ 4.54 bn approved; sovereign share about three quarters
preset-aiib-replay-2016-source-9 = AIIB annual report 2020: US$ 9.98 bn approved; sovereign share about three quarters
preset-aiib-replay-2016-source-10 = AIIB annual report 2020: US$ 9.98 bn approved; sovereign share about three quarters
preset-aiib-replay-2016-source-11 = AIIB annual report 2021: US$ 9.9 bn approved; sovereign share about three quarters
preset-aiib-replay-2016-source-12 = AIIB annual report 2021: US$ 9.9 bn approved; sovereign share about three quarters
preset-aiib-replay-2016-source-13 = AIIB annual report 2022: US$ 6.6 bn approved; sovereign share about three quarters
preset-aiib-replay-2016-source-14 = AIIB annual report 2022: US$ 6.6 bn approved; sovereign share about three quarters
preset-aiib-replay-2016-source-15 = AIIB annual report 2023: US$ 11.4 bn approved; sovereign share about three quarters
preset-aiib-replay-2016-source-16 = AIIB annual report 2023: US$ 11.4 bn approved; sovereign share about three quarters

## The reference bar
pin-reference = Reference:
pin-none = none
pin-preset-hint = Pin a preset as the reference
pin-file = Pin a file…
pin-snapshot = Pin a snapshot
pin-snapshot-hint = Pin the scenario as it is now, to see what your next edits change
pin-unpin = Unpin
pin-charts-show = Charts show:
pin-overlay = Overlay (dashed)
pin-overlay-hint = The reference's series, dashed, in the same colours
pin-difference = Difference
pin-difference-hint = Current minus reference, year by year
pin-bands = Uncertainty bands
pin-bands-hint = Shade P5–P95 and P25–P75 of the study's runs around approvals, loans, the capital ratio and the fund's J-curve. The study (which assumptions vary, how, and how many runs) is set in the Uncertainty view.

## Views
view-overview = Overview
view-sectors = Sectors
view-countries = Countries
view-bank = Bank
view-fund = Fund
view-compare = Compare
view-uncertainty = Uncertainty
view-sensitivity = Sensitivity
view-data = Data

## Charts
unit-money-axis = US$ bn
axis-year = year
chart-series-reference = { $name } (reference)
chart-total = Total
chart-series-reference-total = { $name }, reference
chart-title-difference = { $title }: difference from the reference
chart-png = PNG
chart-png-hint = Save this chart as a PNG picture (right-click it for more)
chart-save-png = Save as PNG…
chart-svg = SVG
chart-svg-hint = Save this chart as an SVG vector file, for Word, LibreOffice, PowerPoint or Inkscape
chart-save-svg = Save as SVG…
chart-copy-image = Copy image
legend-hidden-hint = { $name }: hidden; click to show it again
legend-shown-hint = { $name }: click to hide it on this chart

## Units of assumptions
unit-usd-bn = US$ bn
unit-usd-bn-per-year = US$ bn/yr
unit-percent-per-year = %/yr
unit-years = years
unit-value-usd-bn = { $value } US$ bn
unit-value-usd-bn-per-year = { $value } US$ bn/yr
unit-value-percent-per-year = { $value } %/yr
unit-value-years = { $value } { $count ->
    [one] year
   *[other] years
}

## The catalogue of assumptions: label, explanation, basis (a source or what an illustrative value rests on)
a-start-year = First projection year
a-start-year-help = Calendar year of projection year 1.
a-start-year-basis = the first year a bank could lend after the 2025 Tianjin call
a-years = Horizon
a-years-help = Number of years projected.
a-years-basis = long enough to see loans repay
a-capital-subscribed = Subscribed capital
a-capital-subscribed-help = Capital the members commit. Only the paid-in part becomes equity; the rest is callable and never counts as equity.
a-capital-subscribed-basis = NDB: $50bn subscribed (Agreement on the NDB, 2014)
a-capital-paid-in-ratio = Paid-in share
a-capital-paid-in-ratio-help = Share of subscribed capital the members actually pay in.
a-capital-paid-in-ratio-basis = NDB and AIIB: 20 % of subscribed capital paid in
a-capital-instalments = Paid-in instalments
a-capital-instalments-help = Paid-in capital arrives in this many equal annual instalments from the first operating year.
a-capital-instalments-basis = AIIB: paid-in capital in 5 annual instalments
a-capital-hybrid-equal-part = Equal part of hybrid shares
a-capital-hybrid-equal-part-help = Under the hybrid rule, this part of capital is shared equally and the rest by GDP.
a-capital-hybrid-equal-part-basis = between NDB's equal shares and AIIB's GDP-based shares
a-capital-share-cap = Largest share
a-capital-share-cap-help = No member holds more than this share; the excess goes to the others in proportion.
a-capital-share-cap-basis = keeps any one member from dominating; AIIB's largest holder has ~30 %
a-capital-first-year = First operating year
a-capital-first-year-help = The bank pays in capital and lends from this year; a later start delays everything.
a-capital-first-year-basis = no decision to establish the bank has been made yet (seed 001)
a-demand-first-year-approvals = First-year approvals
a-demand-first-year-approvals-help = Generic lending demand in the first operating year (0: named projects only).
a-demand-first-year-approvals-basis = NDB 2016: $1.5bn; AIIB 2016: $1.69bn
a-demand-growth = Demand growth
a-demand-growth-help = Annual growth of generic demand until it reaches the ceiling.
a-demand-growth-basis = AIIB approvals 2016–20 grew about 40 % a year
a-demand-ceiling = Approvals ceiling
a-demand-ceiling-help = Generic demand never exceeds this amount a year.
a-demand-ceiling-basis = AIIB peak ≈ $11.4bn (2023)
a-demand-sovereign-share = Sovereign share
a-demand-sovereign-share-help = Share of generic approvals lent to or guaranteed by governments.
a-demand-sovereign-share-basis = NDB: about 82 % of loans sovereign
a-demand-country-cap = Single-country cap
a-demand-country-cap-help = No country gets more than this share of a year's generic lending programme.
a-demand-country-cap-basis = AIIB: India 26.6 % of commitments
a-demand-absorption-cap = Absorption cap
a-demand-absorption-cap-help = A country's approvals in a year (projects included) stay below this share of its GDP.
a-demand-absorption-cap-basis = a development-gap lever: small economies can absorb only so much a year
a-terms-tenor = Tenor
a-terms-tenor-help = Years from disbursement to the last repayment.
a-terms-tenor-basis = AIIB and IBRD: final maturity up to 35 years
a-terms-grace = Grace period
a-terms-grace-help = Years of interest only before principal repayments begin; shorter than the tenor.
a-terms-grace-basis = AIIB and IBRD sovereign loans: grace periods of 3–8 years
a-terms-disbursement-profile-0 = Disbursed in approval year
a-terms-disbursement-profile-0-help = Share of an approval disbursed in the year it is approved. The six shares sum to 1.
a-terms-disbursement-profile-0-basis = IDA: about 22 % a year of undisbursed balances
a-terms-disbursement-profile-1 = Disbursed 1 year after approval
a-terms-disbursement-profile-1-help = Share of an approval disbursed one year after approval.
a-terms-disbursement-profile-1-basis = IDA: about 22 % a year of undisbursed balances
a-terms-disbursement-profile-2 = Disbursed 2 years after approval
a-terms-disbursement-profile-2-help = Share of an approval disbursed two years after approval.
a-terms-disbursement-profile-2-basis = IDA: about 22 % a year of undisbursed balances
a-terms-disbursement-profile-3 = Disbursed 3 years after approval
a-terms-disbursement-profile-3-help = Share of an approval disbursed three years after approval.
a-terms-disbursement-profile-3-basis = IDA: about 22 % a year of undisbursed balances
a-terms-disbursement-profile-4 = Disbursed 4 years after approval
a-terms-disbursement-profile-4-help = Share of an approval disbursed four years after approval.
a-terms-disbursement-profile-4-basis = IDA: about 22 % a year of undisbursed balances
a-terms-disbursement-profile-5 = Disbursed 5 years after approval
a-terms-disbursement-profile-5-help = Share of an approval disbursed five years after approval.
a-terms-disbursement-profile-5-basis = IDA: about 22 % a year of undisbursed balances
a-terms-cancellation-rate = Cancellation rate
a-terms-cancellation-rate-help = Share of each approval that is cancelled and never disbursed.
a-terms-cancellation-rate-basis = AIIB: about 2.6 % of approvals cancelled
a-pricing-base-rate = Base rate
a-pricing-base-rate-help = Market reference rate; loans, funding and treasury all price off it.
a-pricing-base-rate-basis = a dollar reference rate near its 2024–25 level
a-pricing-funding-spread = Own funding spread
a-pricing-funding-spread-help = What the bank pays over the base rate on its bonds; passed through to borrowers.
a-pricing-funding-spread-basis = depends on the rating the bank would get
a-pricing-sovereign-spread = Sovereign lending spread
a-pricing-sovereign-spread-help = Margin over base rate and funding spread on sovereign loans.
a-pricing-sovereign-spread-basis = AIIB sovereign loans: 0.75–1.40 % over the reference rate
a-pricing-non-sovereign-spread = Non-sovereign lending spread
a-pricing-non-sovereign-spread-help = Margin over base rate and funding spread on non-sovereign loans.
a-pricing-non-sovereign-spread-basis = private lending priced for its higher risk
a-pricing-front-end-fee = Front-end fee
a-pricing-front-end-fee-help = One-off fee on each approval.
a-pricing-front-end-fee-basis = AIIB sovereign loan pricing (2016): 0.25 %
a-pricing-commitment-fee = Commitment fee
a-pricing-commitment-fee-help = Annual fee on approved but undisbursed amounts.
a-pricing-commitment-fee-basis = AIIB sovereign loan pricing (2016): 0.25 % a year
a-risk-non-sovereign-pd = Non-sovereign default probability
a-risk-non-sovereign-pd-help = Annual probability that a non-sovereign loan defaults.
a-risk-non-sovereign-pd-basis = GEMs consortium, private lending 1994–2024: 3.56 % a year
a-risk-sovereign-lgd = Sovereign loss given default
a-risk-sovereign-lgd-help = Share of a defaulted sovereign loan that is lost.
a-risk-sovereign-lgd-basis = GEMs consortium: sovereign recoveries above 90 %
a-risk-non-sovereign-lgd = Non-sovereign loss given default
a-risk-non-sovereign-lgd-help = Share of a defaulted non-sovereign loan that is lost.
a-risk-non-sovereign-lgd-basis = GEMs consortium: private recoveries about 72 %
a-risk-pd-multiplier = Default stress multiple
a-risk-pd-multiplier-help = Multiplies every probability of default, sovereign and not (capped at 100 %).
a-risk-pd-multiplier-basis = a stress lever: 3 = defaults three times as likely
a-policy-capital-floor = Capital floor
a-policy-capital-floor-help = Approvals stop where equity would fall below this share of loans plus undisbursed commitments.
a-policy-capital-floor-basis = NDB: equity-to-assets at least 25 %; IBRD: equity-to-loans 18–19 %
a-policy-credit-conversion = Credit conversion of undisbursed
a-policy-credit-conversion-help = How much of an undisbursed commitment counts as exposure.
a-policy-credit-conversion-basis = 1 treats a commitment like a loan
a-policy-statutory-multiple = Statutory lending multiple
a-policy-statutory-multiple-help = Exposure never exceeds this multiple of subscribed capital plus retained earnings.
a-policy-statutory-multiple-basis = AIIB Articles of Agreement, Art. 12: exposure ≤ 100 % of capital and reserves
a-policy-liquidity-ratio = Liquidity
a-policy-liquidity-ratio-help = Liquid assets kept, as a multiple of the year's disbursements; funded by borrowing.
a-policy-liquidity-ratio-basis = NDB: liquid assets cover at least 12 months of outflows
a-policy-lending-rule-lookahead = Lending rule: look-ahead
a-policy-lending-rule-lookahead-help = 1 year: the hard limit, approve all demand while this year's limit leaves headroom (a bank that does so lends up to its limit, then falls off a cliff). More years: approve at most the sustainable lending level, the constant amount that, approved every year over that many years, keeps each of them within its limit, as IBRD sets its Sustainable Annual Lending Limit.
a-policy-lending-rule-lookahead-basis = IBRD's Sustainable Annual Lending Limit (FY22: US$ 37.5bn), sized so that its equity-to-loans ratio stays above the policy minimum over a multi-year projection; AIIB and NDB plan approvals in multi-year business plans
a-policy-preferred-creditor = Preferred-creditor discount
a-policy-preferred-creditor-help = The rating lens: how much lower a sovereign loan's risk weight is because development banks are repaid ahead of other creditors. 0: weighted like a sovereign bond.
a-policy-preferred-creditor-basis = the agencies recognise preferred-creditor treatment (S&P's MLI criteria; Fitch's Supranationals criteria) and the G20 review of MDB capital adequacy frameworks (2022) asks them to recognise more; 50 % is a judgement
a-policy-concentration-factor = Concentration add-on
a-policy-concentration-factor-help = The rating lens: credit risk-weighted assets grow by this factor times how far lending by country is more concentrated than a Herfindahl index of 0.10.
a-policy-concentration-factor-basis = S&P's MLI criteria add capital for single-name concentration; the factor 2 and the threshold 0.10 are a judgement
a-policy-callable-threshold = Callable capital counts from
a-policy-callable-threshold-help = The rating lens: a member's callable capital counts towards capital only if the member is rated at least this. AA stands for Fitch's AA−; S&P counts members rated at least as high as the bank.
a-policy-callable-threshold-basis = Fitch, Supranationals Rating Criteria: callable capital from members rated AA− or better; S&P, MLI criteria: from members rated at least as high as the institution
a-policy-min-rac = Risk-based lending limit (lowest RAC)
a-policy-min-rac-help = When above 0, approvals are cut so that the year-end risk-adjusted capital ratio stays at or above this, under any lending rule (15 % keeps a "very strong" assessment). 0: off.
a-policy-min-rac-basis = S&P's assessment scale: very strong from 15 %, extremely strong from 23 %; off by default
a-policy-opex-fixed = Fixed operating cost
a-policy-opex-fixed-help = Operating cost the bank bears every operating year.
a-policy-opex-fixed-basis = AIIB general and administrative costs in its early years
a-policy-opex-variable = Variable operating cost
a-policy-opex-variable-help = Operating cost as a share of loans outstanding.
a-policy-opex-variable-basis = AIIB: G&A about 0.9 % of loans early on
a-fund-commitments = Fund commitments
a-fund-commitments-help = Capital the members commit to the joint fund.
a-fund-commitments-basis = China-Eurasian Economic Cooperation Fund: $1bn → $5bn; Silk Road Fund: $40bn
a-fund-investment-period = Investment period
a-fund-investment-period-help = Years in which the fund calls capital and invests.
a-fund-investment-period-basis = Takahashi and Alexander (2002): typical private-equity fund terms
a-fund-fund-life = Fund life
a-fund-fund-life-help = Years until the fund has returned everything; longer than the investment period.
a-fund-fund-life-basis = Takahashi and Alexander (2002): typical private-equity fund terms
a-fund-first-year = Fund's first year
a-fund-first-year-help = Calendar year of the fund's first capital call.
a-fund-first-year-basis = the 2024 Astana summit backed the fund (seed 001)
a-fund-growth = Fund growth
a-fund-growth-help = Annual growth of the fund's net asset value.
a-fund-growth-basis = Takahashi–Alexander default for buyout funds
a-fund-bow = Distribution bow
a-fund-bow-help = Shape of distributions: higher means later.
a-fund-bow-basis = Takahashi–Alexander default
a-fund-yield-rate = Minimum distribution rate
a-fund-yield-rate-help = Least share of NAV distributed each year.
a-fund-yield-rate-basis = Takahashi–Alexander: 0 for growth equity
a-fund-fee-investment-period = Management fee in the investment period
a-fund-fee-investment-period-help = Annual fee on commitments while the fund invests.
a-fund-fee-investment-period-basis = market practice: 1.5–2 % of commitments
a-fund-fee-after = Management fee after the investment period
a-fund-fee-after-help = Annual fee on net asset value after the investment period.
a-fund-fee-after-basis = market practice: about 1 % of NAV
a-fund-coinvestment-multiple = Co-investment multiple
a-fund-coinvestment-multiple-help = Co-investment each fund dollar mobilises, reported apart from the fund's own books.
a-fund-coinvestment-multiple-basis = Russia-China Investment Fund (2012) aimed at 4×
ac-weight = Pipeline weight
ac-weight-help = Relative share of generic lending demand, normalised over borrowing countries.
ac-weight-basis = proportional to √GDP, China halved as the main contributor
ac-weight-of = { $country }: pipeline weight
ac-disbursement-delay = Disbursement delay
ac-disbursement-delay-help = Years by which this country's disbursements lag the standard profile.
ac-disbursement-delay-basis = the seeds' logistics bottlenecks, e.g. the Chabahar port behind schedule
ac-disbursement-delay-of = { $country }: disbursement delay
ac-sovereign-pd = Sovereign default probability
ac-sovereign-pd-help = Annual probability that a sovereign loan to this country defaults.
ac-sovereign-pd-basis = by rating bucket, calibrated to the GEMs 1.06 % sovereign default rate
ac-sovereign-pd-of = { $country }: sovereign default probability
ac-rating = Sovereign rating
ac-rating-help = The country's sovereign rating bucket: the risk weight of loans to it and whether its callable capital counts (the rating lens). Its default probability is set on its own.
ac-rating-basis = S&P, Moody's and Fitch announcements 2022–2025 as reported in the press; buckets are coarse on purpose
ac-rating-of = { $country }: sovereign rating
ac-arrears = Capital arrears
ac-arrears-help = Share of its capital instalments the member does not pay.
ac-arrears-basis = 0: every member pays on time
ac-arrears-of = { $country }: capital arrears

range-allowed = { $min } to { $max }
group-horizon = Horizon
group-capital = Capital and shareholding
group-demand = Lending demand
group-countries = Countries
group-sectors = Sectors
group-terms = Loan terms
group-pricing = Pricing
group-risk = Risk
group-policy = Capital policy
group-fund = Joint fund
group-projects = Projects

## Differences between two scenarios (Compare, diff)
diff-share-rule = Share rule
diff-amortisation = Amortisation
diff-enforce-limit = Lending limit enforced
diff-spread-follows = Funding spread follows the capital assessment
diff-fund-contributions = Fund contributions
diff-country-member = { $country }: member
diff-country-borrows = { $country }: borrows
diff-not-set = not set
diff-country-bank-share = { $country }: custom bank share
diff-country-fund-share = { $country }: custom fund share
diff-country-mix = { $country }: base mix, { $sector }
diff-tilt = Sector tilt, { $sector }
diff-mandate = Fund mandate, { $sector }
diff-call-rates = Fund call rates
diff-project = Project { $number }
diff-seed = Monte Carlo seed
diff-runs = Monte Carlo runs
diff-fixed = fixed
diff-distribution = Distribution: { $assumption }
word-yes = yes
word-no = no
diff-no-project = (none)
diff-project-value = { $name }: { $instrument }, { $country }, { $sector }, { $amount } in { $year }{ $sovereign ->
    [yes] , sovereign
   *[no] {""}
}

a-sector-tilt-basis = a policy lever: 1 is neutral, 2 doubles the sector's weight

## The assumptions panel
basis-source = Source: { $text }
basis-illustrative = Illustrative: { $text }
baseline-value = Baseline: { $value }
label-with-unit = { $label } ({ $unit })
reset = Reset
reset-hint = Reset to the baseline
reset-to-value = Reset to the baseline: { $value }
reset-at-baseline = At the baseline value
reset-what = Reset { $label }
remove = Remove
problem-with-allowed = { $message } (allowed: { $allowed })
problem-at-field = ! { $field }: { $problem }
problem-line = ! { $problem }
panel-find = Find:
panel-find-hint = Find an assumption
panel-clear = Clear
panel-clear-hint = Clear the filter
panel-expand-all = Expand all
panel-expand-all-hint = Open every group
panel-collapse-all = Collapse all
panel-collapse-all-hint = Close every group
panel-no-match = No assumption matches “{ $filter }”. Try a shorter word, or clear the filter.
amortisation-equal-principal = Equal principal
amortisation-annuity = Annuity (level payments)
amortisation-help = How loans repay after the grace period.
enforce-limit = Enforce the lending limit
enforce-limit-help = When on, approvals stop where equity would fall below the capital floor or exposure would exceed the statutory multiple.
spread-follows = Funding spread follows the capital assessment
spread-follows-help = When on, the bank's own funding spread each year is set by the previous year's capital assessment (extremely strong 0.20 % … very weak 4.00 %, illustrative) instead of the spread above, so weak capital makes borrowing dearer; loans keep their price.
rating-unrated = unrated
assessment-extremely-strong = extremely strong
assessment-very-strong = very strong
assessment-strong = strong
assessment-adequate = adequate
assessment-moderate = moderate
assessment-weak = weak
assessment-very-weak = very weak
contributions-same = Same shares as the bank
contributions-custom = Custom (per country)
contributions-help = Who pays into the fund.
share-rule-equal = Equal (NDB)
share-rule-gdp = By GDP (AIIB-style)
share-rule-hybrid = Hybrid: equal part + GDP
share-rule-custom = Custom (per country)
share-rule-help = How subscribed capital is divided among members. Sources: NDB Agreement (2014, equal shares); AIIB Articles (2015, GDP-based).
countries-country = Country
countries-member = Member
countries-borrows = Borrows
countries-bank-share = Bank share
countries-fund-share = Fund share
countries-info = GDP 2023: { $gdp } · rating { $rating }
countries-member-hint = Subscribes capital and contributes to the fund
countries-borrows-hint = Takes part in the lending pipeline
countries-mix-heading = Sector mix of each country's pipeline (relative weights; the tilts apply on top)
countries-mix = Mix: { $country }
countries-mix-cell = { $code }: { $sector }
countries-mix-cell-help = Share of { $country }'s pipeline in { $sector } before tilts.
countries-weight-short = Weight
countries-delay-short = Delay (y)
countries-pd-short = Sov. PD
countries-rating-short = Rating
countries-arrears-short = Arrears
tilts-note = Tilts lean every country's pipeline toward (>1) or away from (<1) a sector.
tilt-covers = { $sector } ({ $covers })
tilt-base-mix = The base mix of each country: { $source }
tilt-label = Tilt: { $sector }
mandate-heading = Sector mandate (shares of investments; they must sum to 100 %)
mandate-label = Mandate: { $sector }
mandate-help = Share of the fund's investments in this sector (seed 001: machinery, electronics, chemicals).
mandate-total = Mandate total: { $total }
call-rates-heading = Call rates by investment-period year (the last year calls all that is left)
call-rates-year = Y{ $number }
call-rates-remove = Remove the last rate
call-rates-add = Add a rate for the next year
projects-note = Named projects are approved before generic demand, in this order, while capacity lasts.
projects-header = { $name } · { $code } · { $amount } · { $year }
projects-name = Name
projects-sector = Sector
projects-financed-by = Financed by
projects-bank-loan = Bank (loan)
projects-fund-equity = Fund (equity)
projects-sovereign = Sovereign
projects-amount = Amount
projects-year = Year
projects-source = Source
projects-move-up = Move up
projects-add = + Add project
projects-new-name = New project { $number }

## Countries and sectors (glossary: official short names)
country-chn = China
country-chn-rating = A+ (S&P)
country-ind = India
country-ind-rating = BBB (S&P)
country-rus = Russia
country-rus-rating = unrated (withdrawn 2022)
country-irn = Iran
country-irn-rating = unrated
country-pak = Pakistan
country-pak-rating = B- (S&P)
country-kaz = Kazakhstan
country-kaz-rating = BBB- (S&P)
country-uzb = Uzbekistan
country-uzb-rating = BB (S&P)
country-blr = Belarus
country-blr-rating = CCC (S&P, 2022)
country-kgz = Kyrgyzstan
country-kgz-rating = B3 (Moody's)
country-tjk = Tajikistan
country-tjk-rating = B (S&P)
country-mng = Mongolia
country-mng-rating = B+ (S&P)
country-afg = Afghanistan
country-afg-rating = unrated
sector-energy = Energy
sector-energy-short = Energy
sector-energy-covers = oil, gas, power
sector-renewables = Renewables
sector-renewables-short = Renewables
sector-renewables-covers = solar, wind, hydro
sector-transport = Transport
sector-transport-short = Transport
sector-transport-covers = transport and logistics corridors
sector-machinery = Machinery
sector-machinery-short = Machinery
sector-machinery-covers = mechanical engineering
sector-electronics = Electronics & ICT
sector-electronics-short = Electronics
sector-electronics-covers = electronics, ICT, digital
sector-chemicals = Chemicals
sector-chemicals-short = Chemicals
sector-chemicals-covers = chemicals and petrochemicals
sector-metals = Metals & mining
sector-metals-short = Metals
sector-metals-covers = metallurgy and mining
sector-pharma = Pharma
sector-pharma-short = Pharma
sector-pharma-covers = pharmaceuticals and biomedicine
sector-agriculture = Agriculture & food
sector-agriculture-short = Agriculture
sector-agriculture-covers = agriculture and food
sector-industrial-parks = Industrial parks
sector-industrial-parks-short = Parks
sector-industrial-parks-covers = industrial zones and parks
sector-mix-source = follows each country's industrial profile in public reports on SCO industrial cooperation (2025), e.g. Kazakhstan mining, fertilizer, greenhouse agriculture; Uzbekistan 4.8 GW of solar and wind, the Jizzakh park, cars.

## Overview
overview-delta-hint = Change from the pinned reference
delta-same = same as reference
delta-vs-reference = { $change } vs reference
delta-reference-na = reference: n/a
delta-reference-was = reference: { $value }
delta-years = { $change } { $count ->
    [one] year
   *[other] years
} vs reference
delta-reference-from = reference: from { $year }
delta-reference-never = reference: never
word-none = none
word-never = never
word-na = n/a
value-in-year = { $value } in { $year }
from-year = from { $year }
from-year-limit = from { $year }, { $limit ->
    [capital] the capital floor
    [statutory] the statutory limit
    [risk] the risk-based limit
   *[sustainable] the sustainable level
}
overview-financing = Financing { $from }–{ $to }
overview-financing-help = Bank disbursements plus fund investments over the horizon, US$ billion
overview-approvals = Bank approvals
overview-approvals-help = Cumulative approvals, US$ billion
overview-peak = Peak approvals
overview-peak-help = Largest annual approvals
overview-binds = Lending limit binds
overview-binds-help = First year the lending limit cuts approvals: the capital floor or the statutory limit, whichever is lower, or under the sustainable rule the sustainable lending level. The one that binds that year is named beside it.
overview-lowest-ratio = Lowest capital ratio
overview-lowest-ratio-help = Lowest year-end E/(L + ccf·U); the floor is { $floor }
overview-equity = Equity { $year }
overview-equity-help = Paid-in capital plus retained earnings at the end of the horizon
overview-irr = Fund IRR
overview-irr-help = Investors' internal rate of return
overview-tvpi = Fund TVPI
overview-tvpi-help = Total value to paid-in
chart-approvals-demand = Approvals and demand (US$ bn a year)
chart-ratio-floor = Capital ratio against the floor (%)
series-capital-ratio = Capital ratio
series-rac = Risk-adjusted capital ratio (RAC)
series-floor = Floor
chart-financing-sector = Financing by sector (US$ bn a year)
chart-financing-country = Financing by country (US$ bn a year)

## Bank
chart-balance-sheet = Balance sheet at year end (US$ bn)
series-loans = Loans outstanding
series-undisbursed = Undisbursed commitments
series-liquid = Liquid assets
series-borrowings = Borrowings
series-equity = Equity
chart-lending = Lending against capacity (US$ bn a year)
series-lending-limit = Lending limit (the most it may approve)
series-repayments = Repayments
chart-income = Income (US$ bn a year)
series-interest = Interest income
series-fees = Fees
series-treasury = Treasury income
series-funding-cost = Funding cost
series-operating-cost = Operating cost
series-credit-losses = Credit losses
series-net-income = Net income
series-demand = Demand
series-approvals = Approvals
series-disbursements = Disbursements
chart-bank-ratio = Capital ratio E / (L + ccf·U) against the floor (%); shaded: the limit cuts approvals
constraint-floor = Capital floor
constraint-statutory = Statutory limit
constraint-sustainable = Sustainable level
constraint-risk = Risk-based limit
constraint-absorption = Country caps
lens-heading = The rating lens: the bank's capital as the rating agencies would measure it
lens-disclaimer = An approximation from public rules (Basel II risk weights, S&P's assessment scale for multilateral lenders, Fitch's and S&P's rules on callable capital), not an agency's rating: a rating weighs much more than capital.
timeline-title = What holds lending back, year by year
timeline-key = Solid: the limit cut approvals that year. Pale: the limit with the least room left.
timeline-cell-binds = { $year }: { $limit } cut approvals to { $approvals } (demand { $demand }).
timeline-cell-closest = { $year }: all demand approved ({ $approvals }); the closest limit was { $limit }.
timeline-cell-room = { $limit }: room { $room }
timeline-none = No limit applies: the lending limit is not enforced and the risk-based limit is off.
chart-bank-rac = Risk-adjusted capital ratio against the assessment scale (%)
series-rac-with-callable = RAC with eligible callable capital
lens-band-between = { $assessment } { $low }–{ $high }
lens-band-above = { $assessment } ≥ { $low }
lens-band-below = { $assessment } < { $high }
lens-min-rac-at = Risk-based limit: { $value }
series-limit-binds = Limit binds
series-ratio-above-cap = Above { $cap }: up to { $highest } ({ $year })
series-bands = { $series }: P5–P95, P25–P75
series-floor-at = Floor { $floor }

## Fund
fund-irr = IRR { $value }
fund-irr-help = Internal rate of return of the investors' net cash flows (any NAV left at the horizon counts as a final inflow)
fund-tvpi = TVPI { $value }
fund-tvpi-help = (distributions + NAV) / (calls + fees)
fund-dpi = DPI { $value }
fund-dpi-help = distributions / (calls + fees)
fund-coinvestment = Co-investment mobilised: { $value }
chart-fund-flows = Fund cash flows and NAV (US$ bn)
series-calls = Calls
series-management-fees = Management fees
series-distributions = Distributions
series-nav = NAV
chart-jcurve = J-curve: investors' cumulative net cash flow (US$ bn)
series-cumulative-net = Cumulative net cash flow
series-net-cash-flow = Net cash flow

chart-measure-by-sector = { $measure } by sector (US$ bn a year)

chart-measure-by-country = { $measure } by country (US$ bn a year)
chart-net-position = Net position over the horizon: paid in (bank capital + fund contributions) against received (disbursements + investments), US$ bn
series-paid-in = Paid in (left of zero)
series-received = Received
bar-paid-in = { $country } paid in
bar-received = { $country } received

measure-approvals = Bank approvals
measure-disbursements = Bank disbursements
measure-fund = Fund investments
measure-total = Total financing (disbursements + fund investments)
measure-show = Show:

## Compare
compare-empty = Pin a reference above (a preset, a file, or a snapshot of this scenario) to compare with it. Every time-series chart then shows the reference dashed or the difference from it, the Overview shows changes under each figure, and this view lists the assumptions that differ.
compare-header = Current: { $current }; reference: { $reference } ({ $source })
name-alike-current = { $name } (this scenario)
name-alike-reference = { $name } (the reference)
change-none = no change
change-rating = { $change } on the rating scale
change-years = { $change } { $count ->
    [one] year
   *[other] years
}
col-result = Result
col-reference = Reference
col-current = Current
col-change = Change
col-assumption = Assumption
col-path = Path in the file
compare-differ = Assumptions that differ ({ $count }): the cause of the differences above
compare-none-differ = None: the two scenarios make the same assumptions.

## Data
data-coinvestment = Co-investment
data-bank-accounts = Bank accounts
data-fund-accounts = Fund accounts
data-by-country = { $flow } by country
data-by-sector = { $flow } by sector
data-by-loan-type = { $flow } by loan type
data-paid-in = Paid-in capital
data-capacity = Lending capacity
data-undisbursed = Undisbursed
data-capital-ratio = Capital ratio (%)
data-calls = Capital calls
data-nav = Net asset value
data-sovereign = Sovereign
data-non-sovereign = Non-sovereign
data-table = Table:
data-copy = Copy table
data-copy-hint = Copy as tab-separated text, for a spreadsheet
data-export = Export all as CSV…
data-export-hint = Write flows.csv, bank.csv, fund.csv and countries.csv into a folder
data-export-xlsx = Excel workbook…
data-units = US$ billion a year (stocks at year end); capital ratio in percent
data-in-csv = In the CSV: { $id }

## Sensitivity and goal seek
sens-by = by
sens-result = Result:
sens-move = Move each assumption
sens-to-ends = to the ends of its range
sens-by-20 = by ±20 %
sens-title = { $result }: change from the base ({ $base }) with each assumption moved alone
sens-none-moves = No assumption moves this result.
unit-pp-long = percentage points
sens-at = { $assumption } at { $value }
sens-axis = { $result }: change ({ $unit })
sens-invalid = invalid
sens-low-end = Low end
sens-result-low = Result at low end
sens-high-end = High end
sens-result-high = Result at high end
sens-swing = Swing
ranked = { $rank }. { $name }
sens-legend-low = Low end of the range
sens-legend-high = High end of the range
sens-table-heading = { $result } ({ $unit }), base { $base }; { $span }
sens-col-rank = rank
sens-col-assumption = assumption
sens-col-low = low
sens-col-result = result
sens-col-high = high
sens-col-swing = swing
sens-invalid-moves = { $count ->
    [one] One move gave an invalid scenario and was not projected: { $example }
   *[other] { $count } moves gave an invalid scenario and were not projected, e.g. { $example }
}
goal-title = Goal seek: what would it take?
goal-set = Set
goal-an-assumption = an assumption
goal-so-that = so that
goal-reaches = reaches
goal-solve = Solve
goal-apply = Apply
goal-apply-closest = Apply the closest value
goal-applied = Applied (Undo takes it back).
goal-stale = The scenario has changed since this answer: solve again to apply it.
goal-apply-hint = One edit, undone with Undo
goal-applied-notice = Applied the goal-seek answer (Undo takes it back)

## Uncertainty
unc-study = The study
unc-study-folded = The study: { $count ->
    [one] { $count } uncertain assumption
   *[other] { $count } uncertain assumptions
}, { $runs } runs
unc-runs = Runs
unc-runs-hint = Monte Carlo runs: more runs, steadier bands (saved in the file)
unc-seed = Seed
unc-seed-hint = The same seed gives the same numbers on any computer (saved in the file)
unc-drawn-note = Assumptions drawn at random in every run; all others stay as set.
unc-not-assumption = { $path }: not an assumption
unc-add = Add
unc-choose = Choose an assumption
unc-add-to-study = Add to the study
unc-distribution = Distribution
unc-now = now { $value }
unc-centre = Centre on it
unc-centre-hint = Move the distribution so that its centre is the current value
unc-sigma = σ(log)
unc-min = min
unc-max = max
unc-mode = mode
unc-mean = mean
unc-sd = sd
unc-median-field = median
unc-empty = No assumption is uncertain yet: add one to the study, and its P5–P95 bands appear here.
unc-done = { $runs } runs, seed { $seed }
unc-running = Running: { $done } of { $runs } runs, seed { $seed }
unc-binding-before = Lending limit binds before the end of
unc-bands-note = Bands: light P5–P95, dark P25–P75, solid the median of the runs; dashed: the scenario as set
unc-chart-approvals = Approvals (US$ bn a year)
unc-chart-loans = Loans outstanding (US$ bn)
unc-chart-ratio = Capital ratio E / (L + ccf·U) (%)
unc-chart-jcurve = Fund: cumulative net cash flow (US$ bn)
unc-cumulative-of = Cumulative financing of
unc-chart-cumulative = Cumulative financing: { $slice } (US$ bn)
unc-all = all countries and sectors
metric-cumulative-financing = Cumulative financing
metric-final-equity = Final equity
unc-median = Median
unc-undefined = undefined in every run
unc-valid-runs = { $valid } of { $runs } runs are valid ({ $share }).
unc-scenario-as-set = Scenario as set
dist-uniform = Uniform
dist-triangular = Triangular
dist-normal = Normal
dist-lognormal = LogNormal

## The guardrail sentences of the status line
event-limit-binds = The lending limit binds from { $year } ({ $years ->
    [one] { $years } year
   *[other] { $years } years
}), at first as { $limit ->
    [capital] the capital floor
    [statutory] the statutory limit
    [risk] the risk-based limit
   *[sustainable] the sustainable lending level
}, and cuts approvals in those years by { $cut }.
event-absorption-cap = { $country } reaches its absorption cap in { $year } ({ $years ->
    [one] { $years } year
   *[other] { $years } years
} in all).
event-country-cap = { $country } reaches the single-country cap in { $year } ({ $years ->
    [one] { $years } year
   *[other] { $years } years
} in all).
event-unabsorbed = { $amount } of generic demand could not be placed: every borrowing country was at a cap.
event-assessment-falls = The risk-adjusted capital ratio falls from { $from } to { $to } in { $year }.
event-callable-none = No member is rated { $threshold } or better, so none of the bank's { $total } of callable capital counts under the agencies' rules; if { $country } were rated { $threshold } or better, its { $amount } would count.
event-callable-part = Only { $counted } of the bank's { $total } of callable capital counts under the agencies' rules (members rated { $threshold } or better); if { $country } were rated { $threshold } or better, its { $amount } would count too.
event-deferred = { $project } ({ $instrument }) was deferred from { $planned } to { $done }.
event-not-financed = { $project } ({ $instrument }, planned for { $planned }) is not financed within the horizon.
instrument-bank = bank loan
instrument-fund = fund investment

## Results (sensitivity, goal seek, compare)
metric-cumulative-financing-by = Cumulative financing by { $year }
metric-cumulative-approvals = Cumulative approvals
metric-peak-approvals = Peak annual approvals
metric-final-loans = Final loans outstanding
metric-min-ratio = Minimum capital ratio
metric-first-binding = First year the lending limit binds
metric-min-rac = Lowest risk-adjusted capital ratio
metric-first-below-very-strong = First year below a very strong assessment
metric-years-very-strong = Years at very strong or better
metric-country-financing = Financing received by { $country }
metric-sector-financing = Financing of { $sector }
metric-net-position = Net position of { $country }
metric-undefined = undefined
metric-never = never in the horizon

## Uncertainty: distributions, problems, probabilities in words
describe-uniform = uniform { $min } to { $max }
describe-triangular = triangular { $min } / { $mode } / { $max }
describe-normal = normal { $mean } ± { $sd } in { $min } to { $max }
describe-lognormal = lognormal median { $median }, σ(log) { $sigma } in { $min } to { $max }
problem-not-finite = must be a finite number
problem-outside-range-of = { $value } is outside the range of { $path }
problem-not-above-min = { $max } is not above min { $min }
problem-outside-min-max = { $value } is outside min to max
problem-not-positive = { $value } is not positive
problem-median = { $value } is not a positive value in min to max
problem-above-zero = { $range }, above 0
problem-outside-allowed = { $value } is outside the allowed range
# The same, with the value as the panel shows it (0.9 (90 %)).
problem-outside-allowed-shown = { $value } ({ $shown }) is outside the allowed range
problem-not-numeric = `{ $path }` is not a numeric assumption
problem-path-example = a path such as demand.growth or countries.KAZ.sovereign_pd
problem-distribution-twice = `{ $path }` is given a distribution twice
problem-not-assumption = `{ $path }` is not an assumption
series-fund-cumulative-net = Fund cumulative net cash flow
series-cumulative-of = Cumulative financing: { $slice }
prob-no-valid-run = No run gave a valid scenario.
prob-limit-never = The lending limit binds in none of the runs.
prob-limit-binds = The lending limit binds before { $year } in { $share } of runs, and at some point in the horizon in { $ever }.
prob-irr-below-zero = Fund IRR below 0 in { $share } of runs.
prob-below-very-strong = Capital assessment below very strong within the horizon (the rating lens) in { $share } of runs.
prob-irr-below-zero-undefined = Fund IRR below 0 in { $share } of runs (undefined in { $undefined }).
prob-no-negative = No member's net position is negative in any run.
prob-country-share = { $country } { $share }
list-separator = {", "}
prob-negative = A member pays in more than it receives (net position negative) in this share of runs: { $list }.
prob-no-reason = no reason recorded
prob-invalid-runs = { $invalid } of { $runs } runs drew an invalid scenario and were left out ({ $reason }).
share-under-1 = under 1 %
share-over-99 = over 99 %

## Problems of a scenario (the field stays as written in the file)
problem-display = { $field }: { $message }
problem-display-allowed = { $field }: { $message } (allowed: { $allowed })
invalid-summary = { $count ->
    [one] One problem
   *[other] { $count } problems
} in the scenario: { $first }
problem-sum = the shares sum to { $sum }, not 1
problem-sum-allowed = shares that sum to 1
problem-outside-horizon = { $year } is outside the projection horizon
problem-no-member = no country is a member, so nobody subscribes capital
problem-no-member-allowed = at least one country with member: true
problem-share-cap = { $members } members capped at { $cap } each cannot hold all the capital
problem-at-least = at least { $value }
problem-mix-zero = the country borrows but its sector mix (after tilts) is all zero
problem-mix-zero-allowed = a positive share for at least one sector with a positive tilt
problem-no-weight = generic demand is set but no borrowing country has a positive weight
problem-no-weight-allowed = at least one country with borrows: true and weight > 0
problem-custom-share = the custom rule needs a share for every member
problem-number-0-1 = a number from 0 to 1
problem-grace = a grace period of { $grace ->
    [one] { $grace } year
   *[other] { $grace } years
} leaves nothing of a { $tenor }-year tenor to repay in
problem-investment-period = an investment period of { $period ->
    [one] { $period } year
   *[other] { $period } years
} must end before the { $life }-year fund life
problem-no-call-rate = needs at least one call rate
problem-call-rates-allowed = a list of rates from 0 to 1
problem-project-name = a project needs a name
problem-not-borrowing = { $country } is not a borrowing country in this scenario
problem-not-borrowing-allowed = a country with borrows: true

## Files: opening, saving, exporting
located = { $place }: { $problem }
located-note = { $place }: { $problem }; { $note }
load-read = { $path }: cannot read the file: { $reason }
load-too-large = { $path }: the file is over { $max } bytes, more than a scenario file may have (is it the right file?)
load-not-text = { $path }: the file is not UTF-8 text (first bad byte at offset { $offset }); save it as UTF-8
load-newer-schema = { $origin }: the file uses scenario schema { $found }, newer than this app reads (schema { $supported }); open it with a newer sco-explorer
summary-unreadable = it is not a readable scenario file
summary-unreadable-at = it is not a readable scenario file (line { $line }, column { $column })
summary-read = cannot read it: { $reason }
summary-too-large = it is over { $max } bytes, too large for a scenario file
summary-not-text = it is not UTF-8 text
summary-newer-schema = it uses scenario schema { $found }, newer than this app reads (schema { $supported })
summary-invalid = it is not a valid scenario ({ $count ->
    [one] one problem
   *[other] { $count } problems
}); open it to see them
summary-invalid-at = it is not a valid scenario ({ $count ->
    [one] one problem
   *[other] { $count } problems
}, the first at line { $line }, column { $column }); open it to see them
file-kind-folder = a folder
file-kind-fifo = a named pipe (FIFO)
file-kind-device = a device
file-kind-socket = a socket
file-kind-other = not a regular file
read-folder = it is a folder, not a file
read-not-regular = it is { $what }, not a regular file; only scenario files can be opened
read-not-found = no such file
read-permission = permission denied
syntax-empty = the file is empty: a scenario file starts with `(` (`()` alone is the baseline)
syntax-too-deep = the file nests deeper than { $depth } levels
notice-upgraded = { $origin }: upgraded from scenario schema 1 to { $schema } (title, author, description and notes now sit in a `meta` block); saving writes the new layout
note-left-out = the file leaves `{ $field }` out, so its baseline value applies
note-conflicts = the file leaves `{ $field }` out, so its baseline value applies, which conflicts with `{ $cause }` (set here)
note-follows = it follows from `{ $cause }` (set here)
syntax-twice-same-line = `{ $key }` is given twice: on line { $line }, columns { $first } and { $again }; give it once
syntax-twice-lines = `{ $key }` is given twice: lines { $first } and { $again }; give it once
syntax-unknown-field-near = unknown field `{ $found }`; did you mean `{ $near }`?
syntax-unknown-field = unknown field `{ $found }`
syntax-unknown-name-near = unknown name `{ $found }`; did you mean `{ $near }`?
syntax-unknown-name = unknown name `{ $found }`
syntax-field-twice = `{ $field }` is given twice
syntax-nests = the file nests too deeply
syntax-not-scenario = this is not a scenario: a scenario file starts with `(` (`()` alone is the baseline)
syntax-expected-number = expected a number
syntax-expected-bool = expected true or false
syntax-expected-text = expected text in double quotes
syntax-expected-option = expected Some(…) or None
syntax-eof = the file ends too early: is a bracket or a quote left open?
syntax-expected-comma = a comma is missing after this value
syntax-expected-list = expected a list in [ ]
syntax-expected-list-end = expected ] to close the list (or a comma between its items)
syntax-expected-group = expected ( … )
syntax-expected-group-end = expected ) to close the group (or a comma between its fields)
syntax-expected-colon = expected : between a key and its value
syntax-expected-map-end = expected {"}"} to close the table (or a comma between its entries)
syntax-expected-name = expected a name
syntax-trailing = there is text after the end of the scenario
syntax-unexpected-char = unexpected character “{ $char }”
syntax-unclosed-comment = a comment is not closed
syntax-missing-field = the field { $field } is missing
syntax-integer-too-large = the whole number is too large
save-failed = { $path }: cannot save: { $reason }; the file on disk was not changed
save-serialise = cannot write the scenario as RON: { $reason }
save-is-folder = that path is a folder
save-not-regular = that path is { $what }, not a regular file
save-no-name = the path has no file name
save-no-folder = the folder { $folder } does not exist
save-no-permission = no permission to write in { $folder }
save-temp-in-way = a temporary file { $temp } is in the way; remove it and save again

export-folder = cannot create the output folder { $path }: { $reason }
export-not-a-file = cannot write { $path }: it is { $what }, not a regular file; nothing was written
export-write = cannot write { $path }: { $reason }; nothing was written
export-rename = cannot put { $path } in place: { $reason }; { $replaced } { $count ->
    [one] had already been replaced, and it could not be put back
   *[other] had already been replaced, and they could not be put back
}; the other files are as they were

## The command line's summary, and goal seek's answer
summary-projection = Projection { $from }–{ $to } (US$ billion, nominal)
summary-financing = Cumulative financing: { $total } bn (bank disbursements { $bank } + fund investments { $fund })
summary-approvals = Cumulative bank approvals: { $total } bn
summary-peak = Peak annual approvals: { $value } bn in { $year }
summary-peak-none = Peak annual approvals: none
summary-binds = Lending limit first binds in { $year } ({ $limit ->
    [capital] the capital floor
    [statutory] the statutory limit
    [risk] the risk-based limit
   *[sustainable] the sustainable lending level
})
summary-never-binds = Lending limit never binds
summary-lowest-ratio = Lowest capital ratio E/(L + ccf·U): { $ratio } in { $year }
summary-lowest-ratio-na = Lowest capital ratio: n/a (no exposure)
summary-final = Final equity: { $equity } bn; final loans outstanding: { $loans } bn
summary-fund = Fund: IRR { $irr }, TVPI { $tvpi }, DPI { $dpi }; co-investment mobilised { $coinvestment } bn
goal-found = { $assumption } = { $value } (now { $now }) gives { $result } = { $reached } (target { $target })
goal-unreachable = No value of { $assumption } from { $min } to { $max } brings { $result } to { $target }: it goes from { $at_min } to { $at_max }. Closest: { $value } (now { $now }), giving { $reached }.

## Study status
study-status-error = the study cannot run: see the Uncertainty view
study-status-done = { $runs } runs
study-status-running = { $done } of { $runs } runs
study-no-thread = could not start a background thread: { $reason }

unc-cannot-run = The study cannot run: { $reason }. Fix the distribution on the left.
bullet = • { $text }

sens-no-tornado = No tornado: { $reason }

span-range-ends = each assumption at the ends of its range
span-relative = each assumption ±{ $percent } (a rating one bucket either way)

## Scenario discovery (PRIM)
discovery-runs = { $runs } runs, { $bad } with { $outcome }; { $left } left out (invalid scenario or undefined result).
discovery-no-bad = No run has { $outcome }: there is nothing to discover. Try a threshold nearer the runs' results.
discovery-step = Box of step { $step } of { $steps }: coverage { $coverage }, density { $density }, { $mass } of the runs.
discovery-no-limit = The box holds every run: no range of the uncertain assumptions marks the bad runs out.
discovery-between = { $assumption } between { $lo } and { $hi }
discovery-above = { $assumption } above { $value }
discovery-below = { $assumption } below { $value }
discovery-box = When { $conditions }: { $outcome } in { $density } of runs; these conditions cover { $coverage } of all such runs.
discovery-col-lower = lower
discovery-col-upper = upper
discovery-col-range = range sampled
discovery-col-without = density without
view-discovery = Discovery
disc-outcome = Bad outcome:
disc-no-study = No assumption is uncertain yet: give some a distribution in the Uncertainty view, and this view finds which of their ranges lead to the outcome.
disc-invalid = The scenario has problems (see the status line): discovery needs a valid scenario.
disc-working = Working through { $runs } runs…
disc-trajectory = Peeling trajectory: coverage (the share of all bad runs inside the box) against density (the share of the box's runs that are bad); click a step to choose it
disc-steps = Steps
disc-chosen = Chosen box
disc-coverage = coverage
disc-density = density
disc-scatter = Runs on { $x } and { $y }
disc-bad-runs = Runs with the outcome
disc-other-runs = Other runs
disc-box = The chosen box
disc-apply-centre = Apply the box's centre
disc-apply-centre-hint = Set each assumption the box limits to the middle of its range, as one undoable edit, to look at a typical bad scenario in every view
disc-applied = Applied the centre of the box (Undo takes it back)

## Flows
view-flows = Flows
flows-empty = The projection has no years.
flows-caption = Sources and uses, { $years }, the bank's side as { $measure }: { $total } in all. Widths are proportional to US$ bn.
flows-this-scenario = This scenario
flows-reference = Reference: { $name }
flows-note = Bands take the colour of where the money comes from. Members, sectors and countries under the threshold are shown together as "other". Co-investment is money alongside the fund, never inside it.
flows-bank-side = Bank side:
flows-disbursements-hint = Cash paid out to borrowers in the period: the diagram balances as cash
flows-approvals-hint = Loans approved in the period; what was approved but not yet paid out appears as a source of its own
flows-as-disbursements = disbursements
flows-as-approvals = approvals
flows-period = Period:
flows-period-years = { $first }–{ $last }
flows-whole-horizon = Whole horizon
flows-group-under = Group as "other" under
flows-group-under-hint = Members, sectors and countries that carry less than this share of the period's total are shown together as "other"
flows-beside-reference = Reference beside it
flows-diagram = Flows diagram
flows-nothing = Nothing flows in this period.
flows-label = { $name } { $value }
flows-band = { $from } → { $to }: { $value } ({ $share } of the period's total)
flows-node-hover = { $name }: { $value } ({ $share } of the period's total)
flows-band-line = { $from } → { $to }: { $value }
flows-more-bands = { $count ->
    [one] and { $count } more band
   *[other] and { $count } more bands
}
flows-node-paid-in = { $country }: paid-in capital
flows-node-paid-in-other = Other members: paid-in capital
flows-node-contribution = { $country }: fund contributions
flows-node-contribution-other = Other members: fund contributions
flows-node-income = Cash income
flows-node-income-use = Net operating cost
flows-node-income-use-short = Costs
flows-node-repayments = Repayments lent again
flows-node-borrowing = Net borrowing
flows-node-borrowing-use = Borrowing repaid
flows-node-borrowing-use-short = Debt repaid
flows-node-liquidity = Liquid assets drawn down
flows-node-liquidity-use = Kept as liquid assets
flows-node-liquidity-use-short = Liquidity
flows-node-commitments = Approved, not yet disbursed
flows-node-commitments-use = Disbursed on earlier approvals
flows-node-commitments-use-short = Earlier approvals
flows-node-fund-cash = Called, not yet invested
flows-node-fund-cash-short = Uninvested
flows-node-fund-cash-source = Invested beyond the calls
flows-node-bank = SCO Development Bank
flows-node-bank-short = Bank
flows-node-fund = Joint investment fund
flows-node-fund-short = Fund
flows-node-coinvestment = Co-investors (alongside the fund)
flows-node-coinvestment-short = Co-investors
flows-node-sector-other = Other sectors
flows-node-sector-other-short = Other
flows-node-country-other = Other countries

## Map
view-map = Map
map-measure-received = Financing received
map-measure-per-capita = Per person
map-measure-gdp = Share of GDP
map-measure-paid-in = Paid in
map-measure-net = Net position
map-per-person = US$ { $value } per person
map-unit-per-person = US$ per person (population 2024)
map-unit-gdp = % of GDP (2023), summed over the period
map-colour-by = Colour by:
map-period-horizon = Whole horizon
map-period-year = One year
map-period-to-year = Up to a year
map-pause = Pause
map-play = ▶ Play
map-play-hint = Step through the years, one every 0.7 seconds
map-year-hint = The year the map shows
map-in-year = { $year }
map-title = { $measure }, { $period }
map-figure = Map of the SCO countries
map-class = { $low } to under { $high }
map-not-taking-part = Not taking part
map-hover = { $country }: { $value } ({ $period })
map-hover-not-taking-part = { $country }: not taking part in this scenario
map-click-hint = Click to focus this country in every view; click again to clear
map-note = Boundaries: Natural Earth 1:110m (public domain), simplified and for illustration only; they imply no position on the status of any territory or boundary. Equal-area projection (Albers, 95°E). Financing received: bank disbursements and fund investments; paid in: bank capital and fund contributions.
focus-showing = Focus: { $country }
focus-clear = Clear focus
focus-clear-hint = Stop highlighting this country
disc-scatter-x = Across:
disc-scatter-y = Up:
disc-pasted = Steps widened again (pasting)
flows-explain-income = The bank's net income before credit write-downs (interest, fees and treasury income less funding and operating costs): cash it can lend. Write-downs move no cash.
flows-explain-income-use = In this period the bank's funding and operating costs exceeded its interest, fees and treasury income: the difference is a use of its money.
flows-explain-repayments = Principal repaid by borrowers in the period, lent again.
flows-explain-borrowing = What the bank borrowed from markets in the period, net of what it repaid.
flows-explain-borrowing-use = In this period the bank repaid more market borrowing than it took up.
flows-explain-liquidity = Liquid assets the bank drew down in the period to lend.
flows-explain-liquidity-use = What the bank added to its liquid assets in the period (its liquidity cushion), rather than lend.
flows-explain-commitments = Loans approved in the period but not yet paid out by its end: approvals are commitments, disbursements are cash.
flows-explain-commitments-use = Money paid out in the period on loans approved before it.
flows-explain-fund-cash = Capital called by the fund that it had not invested by the end of the period.
flows-explain-coinvestment = Co-investors' money invested alongside the fund, in the same sectors and countries: mobilised by the fund, never inside it.
flows-explain-other = Members, sectors or countries that each carry less than the threshold's share of the period's total, shown together.
map-class-top = { $low } to { $high }
map-unit-net = US$ bn: received less paid in (+ received more)
map-unit-money-year = US$ bn in the year
map-neighbour = Neighbour (not in the model)
map-hover-split = bank { $bank }, fund { $fund }; with co-investors alongside ({ $coinvestment }): { $total }, as in Flows
event-statutory-binds = From { $year } it is the statutory limit ({ $multiple } × subscribed capital and reserves) that binds, not the capital floor ({ $years ->
    [one] { $years } year
   *[other] { $years } years
}).
event-sustainable-sets = From { $year } the sustainable lending level, { $level } a year at first, sets approvals ({ $years ->
    [one] { $years } year
   *[other] { $years } years
}).

## The brief (File › Export brief…, `sco-explorer brief`)
brief-doc-title = { $title }: brief
brief-untitled = Untitled scenario
brief-by = By { $author }
brief-dated = scenario of { $date }
brief-written = written by the SCO development-finance explorer on { $date }
# A calendar date (the brief's dates, a snapshot's name): $month 1–12 picks the month's name.
date-long = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
# A snapshot's name: the scenario's title and the day it was taken.
snapshot-what = “{ $title }”, { $date }
brief-compared = Compared with the reference scenario: { $name } (dashed on the charts).
brief-question = The question
brief-notes = Notes
brief-headline = Headline figures
brief-guardrails = What the guardrails say
brief-charts = Key charts
brief-bands-note = Shaded on the charts: the uncertainty study's P5–P95 (light) and P25–P75 (dark) ranges.
brief-assumptions = Assumptions that differ from { $name }
brief-assumptions-baseline = Assumptions that differ from the baseline
brief-assumptions-none = This scenario makes the same assumptions as { $name }.
brief-assumptions-none-baseline = This scenario makes the same assumptions as the baseline.
brief-col-this = This scenario
brief-col-source = Source of the default
brief-projects = Named projects
brief-projects-none = The scenario names no projects.
brief-col-project = Project
brief-col-country-sector = Country · sector
brief-col-instrument = Instrument
brief-col-amount = Amount
brief-col-planned = Planned
brief-col-outcome = Outcome
brief-col-project-source = Source
brief-project-on-time = financed as planned
brief-project-deferred = deferred to { $year }
brief-project-not-financed = not financed by { $year }
brief-uncertainty = Uncertainty
brief-uncertain-assumptions = Assumptions drawn from distributions
# One uncertain assumption in the brief: its name and its distribution.
brief-uncertain-line = { $assumption }: { $distribution }
brief-sensitivity = Sensitivity: the { $count } assumptions that move the result most
brief-method = Method
brief-method-1 = The explorer projects a proposed SCO Development Bank and the SCO joint investment fund year by year, in nominal US$ billion. Members subscribe the bank's capital and pay in their share in instalments; the bank lends against its equity, borrows on the markets for the rest, and earns interest, fees and treasury income less its funding cost, operating cost and expected credit losses (probability of default × loss given default).
brief-method-2 = Demand for loans grows from a first-year level. The bank approves what its lending rule allows: the capital ratio E / (L + ccf·U) must stay above the floor, a statutory limit may cap loans at a multiple of subscribed capital and reserves, and the sustainable rule keeps approvals at a level that the capital can carry for years ahead. Approvals are disbursed over several years and repaid over the loans' tenor; each country's approvals stay below its absorption cap and the single-country cap.
brief-method-3 = The fund calls its members' commitments as it invests, pays management fees, and distributes as its investments mature, which gives the J-curve of cumulative net cash flow; co-investors put money alongside the fund, never inside it. Financing by sector and by country adds the bank's disbursements, the fund's investments and co-investment.
brief-method-4 = Every default has its source or is marked illustrative in the table below. Uncertainty studies draw the chosen assumptions from their distributions with a fixed seed, so that a study can be repeated exactly; sensitivity moves one assumption at a time to the ends of its range. The model's full specification is in the project's design/model.md.
brief-sources = Sources of the defaults
brief-file = The scenario file
brief-file-how = To reproduce these results exactly, save the text below as a file ending in .ron (or use the link) and open it in the SCO development-finance explorer: File › Open…, or sco-explorer { $name } from a terminal.
brief-file-download = Download the scenario file ({ $name })

# Scenarios as links
link-origin = link
link-too-long = This link holds more than a scenario can, so it was not opened: ask for the scenario file instead.
link-not-a-link = This is not a scenario link: a link to the explorer's web edition carries the scenario after its # sign.
link-newer-format = This link was made by a newer version of the explorer (link format { $found }): open it in the web edition or in a newer sco-explorer.
link-unknown-base = This link builds on a preset this version does not have ({ $base }): open it in the web edition or in a newer sco-explorer.
link-damaged = This link is damaged or incomplete (perhaps cut off when it was copied): ask for the link again, or for the scenario file.
link-base-changed = This link builds on the preset “{ $preset }” as it was when the link was made, and that preset has changed since: ask for the scenario file instead.
link-invalid = No link was made, as the scenario has { $count ->
    [one] a problem
   *[other] { $count } problems
} (the first: { $problem }).
link-long-note = This link is { $chars } { $count ->
    [one] character
   *[other] characters
} long, and some mail programs break links over { $max } characters: if it does not open, send the scenario file instead.
menu-copy-link = Copy link
menu-copy-link-hint = A link to the web edition that holds this scenario: whoever opens it sees the scenario in their browser, and nothing is uploaded
menu-open-link = Open link…
dialog-open-link-title = Open a scenario link
dialog-open-link-body = Paste a scenario link: the whole address, or what follows its # sign.
dialog-link = Link
button-open = Open
link-entry-empty = Paste a link first.
notice-link-copied = Link copied ({ $chars } { $count ->
    [one] character
   *[other] characters
}): paste it into a message, and it opens this scenario in the web edition.
notice-link-copied-long = Link copied, but it is long ({ $chars } { $count ->
    [one] character
   *[other] characters
}) and some mail programs break links over { $max } characters: if it does not open, send the scenario file instead.
notice-opened-link = Opened a scenario from a link: save it to keep it.

## The command line's own lines (its help and argument errors are clap's, in English)
cli-error = error: { $message }
cli-note = note: { $message }
cli-wrote = Wrote { $files }
cli-nothing-written = nothing was written
cli-brief-not-written = the brief was not written
cli-chart-not-written = the chart was not written
cli-uncertainty = Uncertainty: { $study }
cli-same-assumptions = The two scenarios make the same assumptions.
cli-percent = --percent { $value }: give a percentage above 0, at most 100
cli-not-an-assumption = `{ $path }` is not a numeric assumption; use a path such as capital.subscribed or countries.KAZ.sovereign_pd
cli-no-study = the scenario has no uncertainty study: give some assumptions a distribution (the Uncertainty view, or `uncertainty.assumptions` in the file)
cli-result-needs-year = `{ $id }` needs a calendar year after `:`
cli-result-needs-country = `{ $id }` needs a country code after `:` ({ $codes })
cli-result-needs-sector = `{ $id }` needs a sector after `:` ({ $ids })
cli-result-unknown = unknown result `{ $id }`; use one of { $ids }, cumulative_financing_by:YEAR, country_financing:CODE, sector_financing:SECTOR, net_position:CODE
cli-not-a-condition = `{ $text }` is not a condition; write RESULT < VALUE or RESULT > VALUE, e.g. "first_binding_year < 2035"
cli-not-a-number = `{ $text }` is not a number

## Dialogs, keys and small fixes
menu-reset-all = Reset all
menu-reset-all-hint = Every assumption back at the baseline's value, in one step that Undo takes back (the title, notes, reference and uncertainty study stay)
panel-reset-all = Reset all
notice-reset-all = Every assumption is back at the baseline (Undo takes it back)
about-heading = What this scenario asks
about-hide = Hide
about-hide-hint = Put the question and notes away (File › Properties has them)

## Files that tell the truth
export-rename-undone = cannot put { $path } in place: { $reason }; the files put in place before it were restored, so nothing was written
check-omitted = { $name }: these fields are left out and take their baseline values: { $fields }
check-valid = { $name }: valid
check-more = { $name }: { $count ->
    [one] { $count } more problem was found and is not shown
   *[other] { $count } more problems were found and are not shown
}
hover-series = { $name }: { $value }

## The Excel workbook (File › Export Excel workbook…, `run --xlsx`)
menu-export-xlsx = Export Excel workbook…
menu-export-xlsx-hint = One Excel workbook: the headline figures, every assumption with its source, the bank's and the fund's accounts year by year, financing by sector and by country, charts, and the scenario file itself; numbers stay numbers in any language's Excel
purpose-export-xlsx = Export an Excel workbook
filter-xlsx = Excel workbook
notice-wrote-xlsx = Wrote the workbook to { $path }
notice-xlsx-waiting = Writing the workbook once the uncertainty study has finished…
cli-xlsx-not-written = the workbook was not written
wb-error = The workbook could not be made: { $reason }
wb-sheet-about = About
wb-sheet-summary = Summary
wb-sheet-assumptions = Assumptions
wb-sheet-bank = Bank
wb-sheet-fund = Fund
wb-sheet-by-sector = By sector
wb-sheet-by-country = By country
wb-sheet-countries = Countries
wb-sheet-uncertainty = Uncertainty
wb-sheet-sensitivity = Sensitivity
wb-sheet-compare = Compare
wb-sheet-file = Scenario file
wb-unit-usd-bn = US$ bn
wb-unit-usd-bn-per-year = US$ bn a year
wb-unit-year = year
wb-header = { $label }, { $unit }
wb-about-author = Author
wb-about-dated = Scenario dated
wb-about-written = Workbook written
wb-about-app = Written by
wb-about-app-value = SCO development-finance explorer, version { $version }
wb-about-schema = Scenario file format
wb-about-file = Scenario file
wb-about-horizon = Projection
wb-about-horizon-value = { $from }–{ $to }
wb-about-reference = Compared with
wb-about-sensitivity-value = { $result }: each assumption moved alone ({ $span })
wb-about-units = Units
wb-about-units-value = US$ billion, nominal. Flows are for the year, stocks at its end; ratios and shares are percentages. Every value is a number at full precision, not text, so it works in any language's Excel and equals the CSV files' to the last digit.
wb-about-sources = Sources
wb-about-sources-value = The sheet "{ $sheet }" gives the source of every default; those marked illustrative are judgements, not measurements.
wb-about-reproduce = To reproduce
wb-about-reproduce-value = The sheet "{ $sheet }" holds the scenario file: copy its first column into a text file ending in .ron and open it in the explorer.
wb-col-value = Value
wb-col-unit = Unit
wb-col-group = Group
wb-col-differs = Differs from the baseline
wb-col-series = Series
wb-col-measure = Measure
wb-col-share = Share of runs
wb-group-study = Uncertainty study
wb-assumptions-heading = Every assumption of the scenario, with the baseline's value and the source of the default
wb-bank-heading = The bank's accounts year by year ({ $unit }; flows for the year, stocks at its end)
wb-fund-heading = The fund's cash flows year by year ({ $unit })
wb-blocks-heading = Financing year by year ({ $unit })
wb-countries-heading = What each country paid in and received, { $from }–{ $to } ({ $unit })
wb-countries-paid-in-bank = Paid in to the bank
wb-countries-contributed-fund = Contributed to the fund
wb-countries-received-bank = Received from the bank
wb-countries-received-fund = Received from the fund
wb-countries-net = Net position
wb-col-lending-limit = Lending limit
wb-col-cut-by = Limit that cut approvals
wb-col-cancellations = Cancellations
wb-col-retained = Retained earnings
wb-col-equity-to-loans = Equity to loans
wb-col-funding-spread = Own funding spread
wb-col-rwa = Risk-weighted assets
wb-col-rac = Risk-adjusted capital ratio (RAC)
wb-col-assessment = Capital assessment
wb-col-eligible-callable = Eligible callable capital
wb-col-rac-with-callable = RAC with eligible callable capital
wb-col-equity-to-assets = Equity to assets
wb-col-liquidity-ratio = Liquid assets to next year's disbursements
wb-col-floor = Capital floor
wb-limit = { $limit ->
    [capital] the capital floor
    [statutory] the statutory limit
    [sustainable] the sustainable level
    [risk] the risk-based limit
   *[absorption] country caps
}
wb-unc-series = Percentiles of each series, year by year
wb-unc-shares = Shares of runs
wb-unc-bound-by = Lending limit has bound by { $year }
wb-unc-irr-below-zero = Fund IRR below zero
wb-unc-irr-undefined = Fund IRR undefined
wb-unc-net-negative = Net position negative: { $country }
wb-sens-heading = Sensitivity: { $result }
wb-compare-heading = This scenario and the reference: { $name }
wb-file-heading = The scenario file ({ $name }): copy the first column into a text file ending in .ron to reopen exactly this scenario.
wb-chart-lending = Approvals against demand and the lending limit
wb-chart-ratio = Capital ratio against the floor
wb-chart-sectors = Financing by sector (disbursements + fund investments)
wb-chart-countries = Financing by country (disbursements + fund investments)
wb-chart-jcurve = The fund's J-curve: investors' net cash flow and its running total

## Explaining a difference (the world and the choices, model.md §3c)
class-world = The world
class-choices = Our choices
class-line-world = In “Explain the difference” this counts as the world's: outside the bank's and its members' control.
class-line-choice = In “Explain the difference” this counts as a choice: the bank or its members decide it.
explain-tenor-grace = Tenor and grace period
explain-fund-period-life = Fund's investment period and life
explain-disbursement-profile = Disbursement profile
explain-share-rule = Share rule and custom bank shares
explain-fund-contributions = Who pays into the fund, and custom fund shares
explain-sector-mix = { $country }: base sector mix
explain-mandate = Fund's sector mandate
explain-series-approvals = Approvals a year
explain-series-disbursements = Disbursements a year
explain-series-financing = Financing a year (disbursements + fund investments)
explain-series-loans = Loans outstanding
explain-series-equity = Equity
explain-series-rac = Risk-adjusted capital ratio
explain-series-also = { $error } Results by year: { $ids }.
explain-by-auto = By assumption (by group beyond 12)
explain-by-assumption = By assumption
explain-by-group = By group
explain-by-class = The world and our choices
explain-same = The two scenarios make the same assumptions: there is no difference to explain.
explain-undefined = { $result } is undefined here
explain-undefined-end = { $result } is undefined for the reference or the current scenario, so its change cannot be explained.
explain-invalid = { $count ->
    [one] One combination of the two scenarios is not a valid scenario or leaves the result undefined, so the parts cannot be computed: { $first }
   *[other] { $count } combinations of the two scenarios are not valid scenarios or leave the result undefined, so the parts cannot be computed. The first: { $first }
}
explain-coalition = the reference with the current values of { $moved }: { $problem }
explain-heading = { $result }: { $reference } in the reference, { $current } now ({ $change })
explain-heading-series = { $result }, { $first }–{ $last }: the change year by year
explain-method-exact = { $by }: { $parts ->
    [one] one part
   *[other] { $parts } parts
}, exact (Shapley value over { $projections } projections). The parts add up to the change whatever the order the changes are made in.
explain-method-sampled = { $by }: { $parts } parts, too many for every combination: the average over { $orders } random orders ({ $projections } projections), each part ± one standard error. The parts add up to the change.
explain-detail = { $assumption }: { $reference } → { $current }
explain-other = Other ({ $count ->
    [one] one more part
   *[other] { $count } more parts
})
explain-class-world = the world
explain-class-choice = our choice
explain-class-both = both
explain-plus-minus = { $value } ± { $error }
explain-split-line = The world: { $world }; our choices: { $choices }; interaction: { $interaction }.
explain-col-part = Part
explain-col-class = Counts as
explain-col-share = Part of the change
explain-col-year = Year
explain-interaction = Interaction
explain-parts-in = Parts in { $year }, the year the change is largest:
explain-invalid-list = { $count ->
    [one] One combination of the two scenarios is not a valid scenario or leaves the result undefined, so the parts cannot be computed:
   *[other] { $count } combinations of the two scenarios are not valid scenarios or leave the result undefined, so the parts cannot be computed:
}
explain-invalid-more = … and { $count } more
explain-invalid-hint = Explain by group or by the world and our choices, where more assumptions move together, or change one of the two scenarios so that these combinations are valid.
cli-by = --by { $value }: give one of { $ids }
explain-bar-reference = Reference
explain-bar-current = Current scenario
explain-hover-end = { $name }: { $value }
explain-hover-share = Part of the change: { $share }
explain-hover-share-error = Part of the change: { $share } ± { $error }
explain-hover-year = { $part }, { $year }: { $share }
explain-legend-raises = Raises the result
explain-legend-lowers = Lowers the result
explain-legend-totals = Reference and current value
explain-legend-change = The change
explain-axis = { $result } ({ $unit })
explain-by-year-title = { $result }: the change each year, split into the world, our choices and their interaction
explain-heading-year = { $result } in { $year }, the year the change is largest: { $reference } in the reference, { $current } now ({ $change })
explain-title = Explain the difference
explain-title-hint = How much of the change in a result each assumption that differs accounts for. The parts are Shapley values: each is the assumption's average effect over every order the changes could be made in, so they add up to the change and do not depend on an order.
explain-result = Result:
explain-parts = Parts:
explain-by-auto-hint = One part for each assumption that differs, when there are at most 12; otherwise one for each group of the panel.
explain-by-assumption-hint = One part for each assumption that differs (assumptions only valid together, such as tenor and grace, count as one). Beyond 12, the parts are estimated from random orders, with their standard errors.
explain-by-group-hint = One part for each group of the panel: { $groups }.
explain-by-class-hint = Two parts: the world (demand, risk, rates, delays, the fund's performance) and our choices (capital, shares, terms, policy, the fund's design, projects). Each assumption's tooltip in the panel says which it is.
explain-progress = { $done } of { $total } projections
explain-fix-first = The scenario has a problem (see the panel): the difference is explained once it is valid again.
explain-col-split = The change comes from
explain-total-change = The whole change
explain-split-heading = The world and our choices
explain-split-hint = The world, moved alone: the change with only the world's assumptions moved. Our choices, moved alone: with only ours moved. Interaction: the rest, how much each changes the other's effect. Explained by the world and our choices, the waterfall gives each of the two half of the interaction (the Shapley value), so its bars differ from these rows by that half.
brief-explain = Why the results differ: { $result }
brief-explain-none = Why the results differ
explain-by-year-entry = { $result }, year by year
explain-row-world = The world, moved alone
explain-row-choices = Our choices, moved alone
explain-row-interaction = Interaction (what depends on the order)
explain-study-not-parts = The seed and the uncertainty study do not change a projection: they are not parts.
