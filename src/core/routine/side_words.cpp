#include "core/routine/side_words.hpp"

#include <array>

#include "core/base/translate.hpp"

namespace limber {
namespace {

// Every phrase is written out whole, not put together from "left" and "leg": languages agree
// words with a noun's gender ("linkes Bein", "linker Arm"; "la jambe", "le bras"). In SideOf's
// order, left before right.
using SixPhrases = std::array<const char*, 6>;

std::string pick(Side side, SideOf of, const SixPhrases& phrases) {
  return phrases[static_cast<std::size_t>(of) * 2 + (side == Side::left ? 0 : 1)];
}

}  // namespace

std::string side_label(Side side, SideOf of) {
  return pick(side, of, {tr("Left leg"), tr("Right leg"), tr("Left arm"), tr("Right arm"), tr("Left side"), tr("Right side")});
}

std::string side_first_label(Side side, SideOf of) {
  return pick(side, of,
              {tr("Left leg first"), tr("Right leg first"), tr("Left arm first"), tr("Right arm first"), tr("Left side first"),
               tr("Right side first")});
}

std::string switch_to_label(Side side, SideOf of) {
  return pick(side, of,
              {tr("Switch to the left leg"), tr("Switch to the right leg"), tr("Switch to the left arm"),
               tr("Switch to the right arm"), tr("Switch to the left side"), tr("Switch to the right side")});
}

std::string side_in_sentence(Side side, SideOf of) {
  return pick(side, of,
              {trc("inside a sentence", "left leg"), trc("inside a sentence", "right leg"), trc("inside a sentence", "left arm"), trc("inside a sentence", "right arm"),
               trc("inside a sentence", "left side"), trc("inside a sentence", "right side")});
}

std::string side_first_in_sentence(Side side, SideOf of) {
  return pick(side, of,
              {trc("spoken: which side first", "left leg first"), trc("spoken: which side first", "right leg first"), trc("spoken: which side first", "left arm first"),
               trc("spoken: which side first", "right arm first"), trc("spoken: which side first", "left side first"), trc("spoken: which side first", "right side first")});
}

}  // namespace limber
