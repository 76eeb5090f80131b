using System.Text.Json.Serialization;

namespace DigestGen.Caching;

/// <summary>
/// The cache's files described at compile time (see <see cref="CacheFile"/>): every build reads and
/// writes them, and through reflection the first of each built and compiled an accessor per member.
/// </summary>
[JsonSerializable(typeof(BuildState))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
