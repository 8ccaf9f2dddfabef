using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Models.Pipeline;

/// <summary>
/// Simulated models only: sends the repeat index (<see cref="ChatOptionKeys.RepeatIndex"/>) as part of the request
/// seed, because the option key itself never leaves the process and the simulator draws its noise from the request
/// body. Without this, repeat 1 of a task would be byte-identical to repeat 0 on the wire and get the same noisy
/// answer. The seed sent is <see cref="DeriveSeed"/> of the call's seed (the caller's or the model's, 0 when unset)
/// and the repeat index, so repeats differ and a replay of the same repeat is identical. Calls without a repeat index
/// pass unchanged. The caller's options object is never modified.
/// </summary>
/// <remarks>
/// The <see cref="ModelPipelineBuilder"/> adds this layer only for <c>ProviderKind.Simulator</c>. A real provider's
/// seed changes what the model samples (and some providers reject or bill it differently), so McodeBench never sends a
/// seed the user did not configure; real repeats differ because real models are not deterministic.
/// </remarks>
public sealed class RepeatSeedChatClient(IChatClient innerClient) : DelegatingChatClient(innerClient)
{
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(messages, WithRepeatSeed(options), cancellationToken);

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(messages, WithRepeatSeed(options), cancellationToken);

    /// <summary>
    /// The seed a simulated call sends: the first four bytes (big-endian) of
    /// SHA-256(<c>"mcodebench.repeat-seed|{seed}|{repeatIndex}"</c>, invariant digits), masked to a non-negative
    /// 31-bit integer so every OpenAI-compatible server accepts it. A hash rather than <c>seed + repeatIndex</c> so that
    /// a sweep over model seeds never sends repeat 1 of seed <c>s</c> the same seed as repeat 0 of seed <c>s + 1</c>.
    /// </summary>
    public static long DeriveSeed(long seed, long repeatIndex)
    {
        var material = string.Create(CultureInfo.InvariantCulture, $"mcodebench.repeat-seed|{seed}|{repeatIndex}");
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(material));
        return BinaryPrimitives.ReadInt32BigEndian(digest) & int.MaxValue;
    }

    /// <summary>The options with the derived seed: a clone when a repeat index is present, else the same instance.</summary>
    public static ChatOptions? WithRepeatSeed(ChatOptions? options)
    {
        if (RepeatIndexOption.Read(options) is not { } repeatIndex)
        {
            return options;
        }

        var seeded = options!.Clone();
        seeded.Seed = DeriveSeed(options.Seed ?? 0, repeatIndex);
        return seeded;
    }
}
