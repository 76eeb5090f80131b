using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

// Where a build's allocations come from, from a trace of the runtime's GC events:
//   dotnet-trace collect --providers "Microsoft-Windows-DotNETRuntime:0x1:5" -o build.nettrace -- \
//     src/DigestGen/bin/Release/net10.0/DigestGen build --content … -q
//   dotnet run --project tests/DigestGen.AllocTrace -c Release -- build.nettrace [rows]
// The runtime reports an allocation tick about every 100 KB, with its type and stack: each tick's amount
// is counted against the type and the first DigestGen method on the stack (the code that asked for it).
// Then the large-object heap's share, and every gen1 and gen2 collection with its reason.
if (args.Length is < 1 or > 2 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: DigestGen.AllocTrace TRACE.nettrace [rows]");
    return 2;
}
var rows = args.Length == 2 && int.TryParse(args[1], out var n) ? n : 40;

using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
var byType = new Dictionary<string, double>();
var bySite = new Dictionary<string, double>();
var large = new Dictionary<string, double>();
var collections = new List<string>();
double total = 0;
foreach (var e in log.Events)
{
    if (e is GCStartTraceData start)
    {
        if (start.Depth > 0)
        {
            collections.Add($"{start.TimeStampRelativeMSec,8:F0} ms  gen{start.Depth}  {start.Reason}");
        }
        continue;
    }
    if (e is not GCAllocationTickTraceData tick)
    {
        continue;
    }
    var amount = (double)tick.AllocationAmount64;
    total += amount;
    byType[tick.TypeName] = byType.GetValueOrDefault(tick.TypeName) + amount;
    var site = $"{tick.TypeName} @ {FirstOwnFrame(e.CallStack()) ?? "?"}";
    bySite[site] = bySite.GetValueOrDefault(site) + amount;
    if (tick.AllocationKind == GCAllocationKind.Large)
    {
        large[site] = large.GetValueOrDefault(site) + amount;
    }
}

Console.WriteLine($"allocated (sampled): {Mib(total)} MiB, of it on the large-object heap {Mib(large.Values.Sum())} MiB");
Print("by type", byType, rows);
Print("by type @ the first DigestGen method on the stack", bySite, rows);
Print("large-object heap", large, rows);
Console.WriteLine($"--- gen1 and gen2 collections ({collections.Count})");
collections.ForEach(Console.WriteLine);
return 0;

static string? FirstOwnFrame(TraceCallStack? stack)
{
    for (var frame = stack; frame is not null; frame = frame.Caller)
    {
        var name = frame.CodeAddress.FullMethodName;
        if (name.StartsWith("DigestGen", StringComparison.Ordinal))
        {
            return name;
        }
    }
    return null;
}

static void Print(string title, Dictionary<string, double> amounts, int rows)
{
    Console.WriteLine($"--- {title}");
    foreach (var (key, amount) in amounts.OrderByDescending(a => a.Value).Take(rows))
    {
        Console.WriteLine($"{Mib(amount),8} MiB  {key}");
    }
}

static string Mib(double bytes) => (bytes / 1048576).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
