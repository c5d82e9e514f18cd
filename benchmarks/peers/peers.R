#!/usr/bin/env Rscript
# The peer of `lppd gini`, `lppd poverty` and `lppd gini --se bootstrap` in R: data.table::fread + laeken (issue 18).
#
#   Rscript peers.R gini      FILE                 # laeken::gini (trapezoid rule; printed /100 like lppd)
#   Rscript peers.R poverty   FILE LINE            # P0, P1, P2 with poor = income < line (as BPS, laeken arpr's rule)
#   Rscript peers.R bootstrap FILE [REPLICATES]    # laeken::variance of the Gini, bootstrap of PSUs within strata
#
# Columns: income, weight, strata, psu (see make_data.py). Time from outside: /usr/bin/time -v Rscript peers.R ...
# laeken's bootstrap (bootType = "naive") resamples whole PSUs within strata with boot::boot; it is not the Rao-Wu
# rescaling of lppd, so its SE agrees in size, not in bits.
suppressPackageStartupMessages({
  library(data.table)
  library(laeken)
})

args <- commandArgs(trailingOnly = TRUE)
job <- args[1]
file <- args[2]

if (job == "gini") {
  d <- fread(file, select = c("income", "weight"), colClasses = c(income = "double", weight = "double"))
  g <- gini("income", weights = "weight", data = d)
  cat(sprintf("gini %.10f population %.2f\n", g$value / 100, sum(d$weight)))
} else if (job == "poverty") {
  line <- as.numeric(args[3])
  d <- fread(file, select = c("income", "weight"), colClasses = c(income = "double", weight = "double"))
  poor <- d$income < line
  g <- ifelse(poor, (line - d$income) / line, 0)
  total <- sum(d$weight)
  cat(sprintf("p0 %.10f p1 %.10f p2 %.10f\n", sum(d$weight * poor) / total, sum(d$weight * g) / total, sum(d$weight * g * g) / total))
} else if (job == "bootstrap") {
  replicates <- if (length(args) > 2) as.integer(args[3]) else 200L
  d <- fread(file, select = c("income", "weight", "strata", "psu"))
  d[, income := as.double(income)]
  d[, cluster := strata * (max(psu) + 1L) + psu]
  g <- gini("income", weights = "weight", data = d)
  v <- variance("income", weights = "weight", design = "strata", cluster = "cluster", data = d, indicator = g,
                R = replicates, bootType = "naive", seed = 1)
  cat(sprintf("gini %.10f se %.10f replicates %d\n", g$value / 100, sqrt(v$var) / 100, replicates))
} else {
  stop(paste("unknown job", job))
}
