#pragma once
// Zip archives made byte by byte for tests, stored or deflated with zlib: the exports an app
// writes, and the hostile ones (a bomb, a lying size, a name that climbs out) no app writes.

#include <zlib.h>

#include <cstdint>
#include <string>
#include <vector>

namespace limber::testing {

class ZipBuilder {
 public:
  // `declared_size`: what the archive claims the file unpacks to (a liar's zip says less).
  void add(const std::string& name, const std::string& data, bool deflate = true, std::int64_t declared_size = -1) {
    const auto crc = static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
    const std::string packed = deflate ? deflated(data) : data;
    const auto size = static_cast<std::uint32_t>(declared_size >= 0 ? declared_size : static_cast<std::int64_t>(data.size()));
    Entry e{name, crc, static_cast<std::uint32_t>(packed.size()), size, static_cast<std::uint16_t>(deflate ? 8 : 0),
            static_cast<std::uint32_t>(body_.size())};
    u32(body_, 0x04034b50);
    u16(body_, 20);
    u16(body_, 0);
    u16(body_, e.method);
    u16(body_, 0);
    u16(body_, 0);
    u32(body_, e.crc);
    u32(body_, e.packed);
    u32(body_, e.size);
    u16(body_, static_cast<std::uint16_t>(name.size()));
    u16(body_, 0);
    body_ += name;
    body_ += packed;
    entries_.push_back(e);
  }

  [[nodiscard]] std::string bytes() const {
    std::string out = body_;
    const auto directory_at = static_cast<std::uint32_t>(out.size());
    for (const Entry& e : entries_) {
      u32(out, 0x02014b50);
      u16(out, 20);
      u16(out, 20);
      u16(out, 0);
      u16(out, e.method);
      u16(out, 0);
      u16(out, 0);
      u32(out, e.crc);
      u32(out, e.packed);
      u32(out, e.size);
      u16(out, static_cast<std::uint16_t>(e.name.size()));
      u16(out, 0);
      u16(out, 0);
      u16(out, 0);
      u16(out, 0);
      u32(out, 0);
      u32(out, e.offset);
      out += e.name;
    }
    const auto directory_size = static_cast<std::uint32_t>(out.size() - directory_at);
    u32(out, 0x06054b50);
    u16(out, 0);
    u16(out, 0);
    u16(out, static_cast<std::uint16_t>(entries_.size()));
    u16(out, static_cast<std::uint16_t>(entries_.size()));
    u32(out, directory_size);
    u32(out, directory_at);
    u16(out, 0);
    return out;
  }

  // Raw deflate (no zlib header), as zip stores it.
  static std::string deflated(const std::string& data) {
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
  }

 private:
  struct Entry {
    std::string name;
    std::uint32_t crc, packed, size;
    std::uint16_t method;
    std::uint32_t offset;
  };
  static void u16(std::string& s, std::uint16_t v) {
    s += static_cast<char>(v & 0xff);
    s += static_cast<char>(v >> 8);
  }
  static void u32(std::string& s, std::uint32_t v) {
    u16(s, static_cast<std::uint16_t>(v & 0xffff));
    u16(s, static_cast<std::uint16_t>(v >> 16));
  }
  std::string body_;
  std::vector<Entry> entries_;
};

}  // namespace limber::testing
