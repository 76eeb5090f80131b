using System.Reflection;

namespace DigestGen.Site;

public static class GeneratorInfo
{
    public static string Version { get; } =
        typeof(GeneratorInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
