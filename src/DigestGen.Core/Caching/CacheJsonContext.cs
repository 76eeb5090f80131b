using System.Text.Json.Serialization;
using DigestGen.Entities;

namespace DigestGen.Caching;

/// <summary>
/// The cache's files described at compile time (see <see cref="CacheFile"/>): every build reads and
/// writes them, and through reflection the first of each built and compiled an accessor per member.
/// (The entity cache is read by <see cref="EntityCacheReader"/>, and only written through this context.)
/// </summary>
[JsonSerializable(typeof(BuildState))]
[JsonSerializable(typeof(Dictionary<string, IReadOnlyList<FoundEntity>>))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
