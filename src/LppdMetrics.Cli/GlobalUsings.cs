// The namespaces most commands, renderers and readers of the CLI use; a file adds only its own rarer ones.
global using System.CommandLine;
global using System.Globalization;
global using System.Text;
global using System.Text.Json;
global using System.Text.Json.Serialization;
global using System.Text.Json.Serialization.Metadata;
global using LppdMetrics.Accountability;
global using LppdMetrics.Audit;
global using LppdMetrics.HumanDevelopment;
global using LppdMetrics.Inequality;
global using LppdMetrics.Numbers;
global using LppdMetrics.Poverty;
global using LppdMetrics.Reports;
global using LppdMetrics.Satisfaction;
global using LppdMetrics.Spm;
global using LppdMetrics.Statistics;
global using LppdMetrics.Tracing;
