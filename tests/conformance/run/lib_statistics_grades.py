# Summary statistics of a data set, as a report would compute them.
import statistics as st

scores = [72, 85, 91, 64, 85, 77, 98, 85, 70, 88, 59, 93, 81, 76, 85, 90]
print("n", len(scores), "mean", st.mean(scores), "fmean", st.fmean(scores), "median", st.median(scores))
print("mode", st.mode(scores), "multimode", st.multimode(scores), "low", st.median_low(scores), "high", st.median_high(scores))
print("stdev", st.stdev(scores), "pstdev", st.pstdev(scores), "variance", st.variance(scores), "pvariance", st.pvariance(scores))
print("quartiles", st.quantiles(scores), "deciles", st.quantiles(scores, n=10, method="inclusive"))
hours = [2, 3, 5, 1, 4, 6, 2, 7, 3, 5, 1, 8, 4, 3, 5, 6]
print("corr", round(st.correlation(hours, scores), 12), "cov", st.covariance(hours, scores))
fit = st.linear_regression(hours, scores)
print("fit", fit, [round(fit.slope * h + fit.intercept, 3) for h in (0, 5, 10)])
nd = st.NormalDist.from_samples(scores)
print("normal", nd, round(nd.cdf(90), 12), round(nd.pdf(80), 12), round(nd.zscore(64), 12))
print("grouped", st.median_grouped(scores, interval=10), "geo", round(st.geometric_mean(scores), 12), "harm", st.harmonic_mean(scores))
