using System.Security.Cryptography;
using System.Text;

namespace McodeBench.Simulator.Requests;

/// <summary>
/// Derives the seed of one random stream from the simulator seed, the request's body hash, a purpose name and, for
/// faults, the occurrence number of that body. SHA-256 makes the streams independent of each other and stable across
/// processes (unlike <see cref="string.GetHashCode()"/>).
/// </summary>
internal static class RequestSeed
{
    public static Random Stream(int seed, string bodyHash, string purpose, int occurrence = 0)
    {
        var material = Encoding.UTF8.GetBytes($"{seed}|{bodyHash}|{purpose}|{occurrence}");
        var digest = SHA256.HashData(material);
        return new Random(BitConverter.ToInt32(digest, 0));
    }
}
