#include "app/knowledge.hpp"

#include "app/app.hpp"
#include "app/sdg_data.hpp"
#include "app/thesaurus_data.hpp"

namespace icity::app {

Knowledge::Knowledge()
    : thesaurus(build_thesaurus(reference)),
      sdg_tagger(build_sdg_tagger(reference, thesaurus)),
      names(name_files::files().at(0).content) {}

const Knowledge& knowledge() {
  static const Knowledge k;
  return k;
}

}  // namespace icity::app
