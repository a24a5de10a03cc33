using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Inburgering.Web.Infrastructure;

/// <summary>An opaque keyset-paging position: the sort key of a row, encoded for a URL.</summary>
public static class Cursor
{
    public static string Encode(params string[] key) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(key));

    /// <summary>The key, or null for a cursor that is missing or was tampered with (the list starts over).</summary>
    public static string[]? Decode(string? cursor, int length)
    {
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 2000)
        {
            return null;
        }

        try
        {
            var key = JsonSerializer.Deserialize<string[]>(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)));
            return key?.Length == length && key.All(k => k is not null) ? key : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }
}
