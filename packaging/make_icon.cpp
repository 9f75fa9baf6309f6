// Draws Limber's icon (the shapes of packaging/limber.svg) as a PNG of a given size, so the
// package ships bitmap sizes without a build-time SVG renderer.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numbers>
#include <string>
#include <vector>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>

namespace {

struct Rgba {
  double r, g, b;
};

class Canvas {
 public:
  explicit Canvas(int size) : size_(size), pixels_(static_cast<std::size_t>(size) * static_cast<std::size_t>(size) * 4, 0) {}

  // Covers each pixel by the share of 4x4 subsamples inside the shape: smooth edges at any size.
  template <class Inside>
  void fill(const Rgba& colour, Inside inside) {
    const double scale = 256.0 / size_;
    for (int y = 0; y < size_; ++y) {
      for (int x = 0; x < size_; ++x) {
        int hits = 0;
        for (int sy = 0; sy < 4; ++sy) {
          for (int sx = 0; sx < 4; ++sx) {
            hits += inside((x + (sx + 0.5) / 4) * scale, (y + (sy + 0.5) / 4) * scale) ? 1 : 0;
          }
        }
        if (hits == 0) continue;
        blend(x, y, colour, hits / 16.0);
      }
    }
  }
  bool save(const char* path) const { return stbi_write_png(path, size_, size_, 4, pixels_.data(), size_ * 4) != 0; }

 private:
  void blend(int x, int y, const Rgba& c, double alpha) {
    unsigned char* p = &pixels_[(static_cast<std::size_t>(y) * static_cast<std::size_t>(size_) + static_cast<std::size_t>(x)) * 4];
    const double under = p[3] / 255.0;
    const double out = alpha + under * (1 - alpha);
    const auto mix = [&](unsigned char old, double value) {
      return static_cast<unsigned char>(std::lround((value * 255 * alpha + old * under * (1 - alpha)) / out));
    };
    p[0] = mix(p[0], c.r);
    p[1] = mix(p[1], c.g);
    p[2] = mix(p[2], c.b);
    p[3] = static_cast<unsigned char>(std::lround(out * 255));
  }
  int size_;
  std::vector<unsigned char> pixels_;
};

double segment_distance(double px, double py, double ax, double ay, double bx, double by) {
  const double dx = bx - ax;
  const double dy = by - ay;
  const double t = std::clamp(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy), 0.0, 1.0);
  return std::hypot(px - (ax + t * dx), py - (ay + t * dy));
}

}  // namespace

int main(int argc, char** argv) {
  // --full-bleed: the background to every edge, for the icons a platform cuts its own shape from
  // (Android's maskable icons, iOS's home screen): the ring keeps within their 80 % safe circle.
  const bool full_bleed = argc == 4 && std::string(argv[3]) == "--full-bleed";
  if (argc != 3 && !full_bleed) {
    std::fprintf(stderr, "usage: make_icon SIZE OUT.png [--full-bleed]\n");
    return 2;
  }
  const int size = std::atoi(argv[1]);
  Canvas canvas(size);
  const Rgba background{0x1b / 255.0, 0x1f / 255.0, 0x27 / 255.0};
  const Rgba track{0x2c / 255.0, 0x33 / 255.0, 0x40 / 255.0};
  const Rgba green{0x29 / 255.0, 0xad / 255.0, 0x73 / 255.0};
  const Rgba orange{0xf2 / 255.0, 0x73 / 255.0, 0x21 / 255.0};
  canvas.fill(background, [full_bleed](double x, double y) {
    if (full_bleed) return true;
    const double dx = std::max({8 + 48 - x, x - (248 - 48), 0.0});
    const double dy = std::max({8 + 48 - y, y - (248 - 48), 0.0});
    return x >= 8 && x <= 248 && y >= 8 && y <= 248 && std::hypot(dx, dy) <= 48;
  });
  const auto on_ring = [](double x, double y) { return std::abs(std::hypot(x - 128, y - 128) - 84) <= 10; };
  canvas.fill(track, on_ring);
  // Three quarters, clockwise from 12 o'clock to 9 o'clock, with round ends.
  canvas.fill(green, [&](double x, double y) {
    double angle = std::atan2(x - 128, 128 - y);  // 0 at 12 o'clock, clockwise
    if (angle < 0) angle += 2 * std::numbers::pi;
    const bool arc = on_ring(x, y) && angle <= 1.5 * std::numbers::pi;
    return arc || std::hypot(x - 128, y - 44) <= 10 || std::hypot(x - 44, y - 128) <= 10;
  });
  const double leg[][2] = {{104, 84}, {124, 140}, {104, 176}, {152, 176}};
  canvas.fill(orange, [&](double x, double y) {
    for (int i = 0; i < 3; ++i) {
      if (segment_distance(x, y, leg[i][0], leg[i][1], leg[i + 1][0], leg[i + 1][1]) <= 9) return true;
    }
    return false;
  });
  if (!canvas.save(argv[2])) {
    std::fprintf(stderr, "make_icon: cannot write %s\n", argv[2]);
    return 1;
  }
  return 0;
}
