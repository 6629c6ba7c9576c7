/**
 * Arabic UI strings for Decap CMS: a complete translation of the English strings in
 * decap-cms-locales (which ships no Arabic locale), registered in the admin app with
 * `CMS.registerLocale('ar', ar)`. tests/unit/cms-locale.test.ts keeps it complete: same keys as
 * the English object, same `%{...}` placeholders, nothing left in English, and six plural forms
 * (Polyglot's Arabic rule: 0, 1, 2, 3–10, 11–99, then 100–102 and the like) wherever English
 * has two.
 */
export const ar = {
  auth: {
    login: 'تسجيل الدخول',
    loggingIn: 'جارٍ تسجيل الدخول...',
    loginWithNetlifyIdentity: 'تسجيل الدخول عبر Netlify Identity',
    loginWithAzure: 'تسجيل الدخول عبر Azure',
    loginWithBitbucket: 'تسجيل الدخول عبر Bitbucket',
    loginWithGitHub: 'تسجيل الدخول عبر GitHub',
    loginWithGitLab: 'تسجيل الدخول عبر GitLab',
    loginWithGitea: 'تسجيل الدخول عبر Gitea',
    loginWithForgejo: 'تسجيل الدخول عبر Forgejo',
    errors: {
      email: 'يُرجى إدخال بريدك الإلكتروني.',
      password: 'يُرجى إدخال كلمة المرور.',
      identitySettings:
        'تعذّر الوصول إلى إعدادات الهوية. عند استخدام الواجهة الخلفية git-gateway تأكّد من تفعيل خدمة Identity وخدمة Git Gateway.',
    },
  },
  app: {
    header: {
      content: 'المحتوى',
      workflow: 'سير العمل',
      media: 'الوسائط',
      quickAdd: 'إضافة سريعة',
    },
    app: {
      errorHeader: 'خطأ في تحميل إعدادات نظام إدارة المحتوى',
      configErrors: 'أخطاء في الإعدادات',
      checkConfigYml: 'راجِع ملف config.yml.',
      loadingConfig: 'جارٍ تحميل الإعدادات...',
      waitingBackend: 'بانتظار الواجهة الخلفية...',
    },
    notFoundPage: {
      header: 'الصفحة غير موجودة',
    },
  },
  collection: {
    sidebar: {
      collections: 'المجموعات',
      allCollections: 'كل المجموعات',
      searchAll: 'البحث في الكل',
      searchIn: 'البحث في',
    },
    collectionTop: {
      sortBy: 'ترتيب حسب',
      viewAs: 'طريقة العرض',
      viewAsList: 'العرض كقائمة',
      viewAsGrid: 'العرض كشبكة',
      newButton: 'إضافة %{collectionLabel}',
      newButtonAriaLabel: 'إنشاء مادة من نوع %{collectionLabel}',
      ascending: 'تصاعدي',
      descending: 'تنازلي',
      searchResults: 'نتائج البحث عن «%{searchTerm}»',
      searchResultsInCollection: 'نتائج البحث عن «%{searchTerm}» في %{collection}',
      filterBy: 'تصفية حسب',
      groupBy: 'تجميع حسب',
    },
    entries: {
      loadingEntries: 'جارٍ تحميل المواد...',
      cachingEntries: 'جارٍ تخزين المواد مؤقتًا...',
      longerLoading: 'قد يستغرق ذلك عدة دقائق',
      noEntries: 'لا توجد مواد',
      unpublishedHeader: 'المواد غير المنشورة',
    },
    groups: {
      other: 'أخرى',
      negateLabel: 'ليس %{label}',
    },
    defaultFields: {
      author: {
        label: 'الكاتب',
      },
      updatedOn: {
        label: 'تاريخ التحديث',
      },
    },
  },
  editor: {
    editorControl: {
      field: {
        optional: 'اختياري',
        widgetLabel: 'حقل %{widgetLabel}',
      },
    },
    editorControlPane: {
      widget: {
        required: 'الحقل «%{fieldLabel}» مطلوب.',
        regexPattern: 'الحقل «%{fieldLabel}» لا يطابق النمط: %{pattern}.',
        processing: 'الحقل «%{fieldLabel}» قيد المعالجة.',
        range: 'يجب أن تكون قيمة «%{fieldLabel}» بين %{minValue} و%{maxValue}.',
        min: 'يجب ألا تقل قيمة «%{fieldLabel}» عن %{minValue}.',
        max: 'يجب ألا تزيد قيمة «%{fieldLabel}» على %{maxValue}.',
        rangeCount: 'يجب أن يكون عدد عناصر «%{fieldLabel}» بين %{minCount} و%{maxCount}.',
        rangeCountExact: 'يجب أن يكون عدد عناصر «%{fieldLabel}» %{count} بالضبط.',
        rangeMin: 'يجب ألا يقل عدد عناصر «%{fieldLabel}» عن %{minCount}.',
        rangeMax: 'يجب ألا يزيد عدد عناصر «%{fieldLabel}» على %{maxCount}.',
        invalidPath: '«%{path}» ليس مسارًا صالحًا',
        pathExists: 'المسار «%{path}» موجود مسبقًا',
      },
      i18n: {
        writingInLocale: 'الكتابة بلغة %{locale}',
        copyFromLocale: 'التعبئة من لغة أخرى',
        copyFromLocaleConfirm: 'هل تريد تعبئة البيانات من لغة %{locale}؟\nسيُستبدل كل المحتوى الحالي.',
      },
    },
    editor: {
      onLeavePage: 'هل أنت متأكد من مغادرة هذه الصفحة؟',
      onUpdatingWithUnsavedChanges: 'لديك تغييرات غير محفوظة، يُرجى الحفظ قبل تحديث الحالة.',
      onPublishingNotReady: 'يُرجى تغيير الحالة إلى «جاهز للنشر» قبل النشر.',
      onPublishingWithUnsavedChanges: 'لديك تغييرات غير محفوظة، يُرجى الحفظ قبل النشر.',
      onPublishing: 'هل أنت متأكد من نشر هذه المادة؟',
      onUnpublishing: 'هل أنت متأكد من إلغاء نشر هذه المادة؟',
      onDeleteWithUnsavedChanges: 'هل أنت متأكد من حذف هذه المادة المنشورة، ومعها تغييراتك غير المحفوظة في الجلسة الحالية؟',
      onDeletePublishedEntry: 'هل أنت متأكد من حذف هذه المادة المنشورة؟',
      onDeleteUnpublishedChangesWithUnsavedChanges:
        'سيؤدي هذا إلى حذف كل التغييرات غير المنشورة على هذه المادة، ومعها تغييراتك غير المحفوظة في الجلسة الحالية. هل تريد الحذف رغم ذلك؟',
      onDeleteUnpublishedChanges: 'ستُحذف كل التغييرات غير المنشورة على هذه المادة. هل تريد الحذف رغم ذلك؟',
      loadingEntry: 'جارٍ تحميل المادة...',
      confirmLoadBackup: 'عُثر على نسخة احتياطية محلية لهذه المادة، هل تريد استخدامها؟',
    },
    editorInterface: {
      toggleI18n: 'إظهار/إخفاء اللغات',
      togglePreview: 'إظهار/إخفاء المعاينة',
      toggleScrollSync: 'مزامنة التمرير',
      toggleNotes: 'إظهار/إخفاء الملاحظات',
    },
    editorNotesPane: {
      title: 'الملاحظات',
      emptyState: 'لا توجد ملاحظات بعد. أضف أول ملاحظة أدناه لبدء التعاون.',
      addNote: 'إضافة ملاحظة',
      addPlaceholder: 'أضف ملاحظة...',
      editPlaceholder: 'عدّل ملاحظتك...',
      save: 'حفظ',
      cancel: 'إلغاء',
      edit: 'تعديل',
      delete: 'حذف',
      resolve: 'تحديد كمُعالَجة',
      unresolve: 'إعادة فتح',
      confirmDelete: 'هل أنت متأكد من حذف هذه الملاحظة؟',
      shortcut: 'تلميح: اضغط Ctrl+Enter لإضافة الملاحظة بسرعة',
    },
    editorToolbar: {
      publishing: 'جارٍ النشر...',
      publish: 'نشر',
      published: 'منشور',
      unpublish: 'إلغاء النشر',
      duplicate: 'إنشاء نسخة',
      unpublishing: 'جارٍ إلغاء النشر...',
      publishAndCreateNew: 'نشر وإنشاء مادة جديدة',
      publishAndDuplicate: 'نشر وإنشاء نسخة',
      deleteUnpublishedChanges: 'حذف التغييرات غير المنشورة',
      deleteUnpublishedEntry: 'حذف المادة غير المنشورة',
      deletePublishedEntry: 'حذف المادة المنشورة',
      deleteEntry: 'حذف المادة',
      saving: 'جارٍ الحفظ...',
      save: 'حفظ',
      statusInfoTooltipDraft: 'حالة المادة: مسودة. لإنهائها وإرسالها إلى المراجعة، غيّر الحالة إلى «قيد المراجعة».',
      statusInfoTooltipInReview: 'المادة قيد المراجعة، ولا يلزم أي إجراء آخر. ومع ذلك يمكنك إجراء تعديلات إضافية أثناء مراجعتها.',
      deleting: 'جارٍ الحذف...',
      updating: 'جارٍ التحديث...',
      status: 'الحالة: %{status}',
      backCollection: ' الكتابة في مجموعة %{collectionLabel}',
      unsavedChanges: 'تغييرات غير محفوظة',
      changesSaved: 'حُفظت التغييرات',
      draft: 'مسودة',
      inReview: 'قيد المراجعة',
      ready: 'جاهز للنشر',
      publishNow: 'النشر الآن',
      deployPreviewPendingButtonLabel: 'التحقق من المعاينة',
      deployPreviewButtonLabel: 'عرض المعاينة',
      deployButtonLabel: 'عرض على الموقع',
    },
    editorWidgets: {
      markdown: {
        bold: 'غامق',
        italic: 'مائل',
        strikethrough: 'يتوسطه خط',
        code: 'شيفرة',
        link: 'رابط',
        linkPrompt: 'أدخل عنوان الرابط (URL)',
        headings: 'العناوين',
        quote: 'اقتباس',
        bulletedList: 'قائمة نقطية',
        numberedList: 'قائمة مرقّمة',
        addComponent: 'إضافة مكوّن',
        richText: 'نص منسّق',
        markdown: 'ماركداون',
        toggleMode: {
          rich: 'التبديل إلى وضع النص المنسّق',
          markdown: 'التبديل إلى وضع ماركداون',
        },
      },
      image: {
        choose: 'اختيار صورة',
        chooseMultiple: 'اختيار صور',
        chooseUrl: 'إدراج من رابط',
        replaceUrl: 'الاستبدال برابط',
        promptUrl: 'أدخل رابط الصورة',
        chooseDifferent: 'اختيار صورة أخرى',
        addMore: 'إضافة مزيد من الصور',
        remove: 'إزالة الصورة',
        removeAll: 'إزالة كل الصور',
      },
      file: {
        choose: 'اختيار ملف',
        chooseUrl: 'إدراج من رابط',
        chooseMultiple: 'اختيار ملفات',
        replaceUrl: 'الاستبدال برابط',
        promptUrl: 'أدخل رابط الملف',
        chooseDifferent: 'اختيار ملف آخر',
        addMore: 'إضافة مزيد من الملفات',
        remove: 'إزالة الملف',
        removeAll: 'إزالة كل الملفات',
      },
      unknownControl: {
        noControl: 'لا توجد أداة تحرير لعنصر الإدخال «%{widget}».',
      },
      unknownPreview: {
        noPreview: 'لا توجد معاينة لعنصر الإدخال «%{widget}».',
      },
      headingOptions: {
        headingOne: 'عنوان 1',
        headingTwo: 'عنوان 2',
        headingThree: 'عنوان 3',
        headingFour: 'عنوان 4',
        headingFive: 'عنوان 5',
        headingSix: 'عنوان 6',
      },
      datetime: {
        now: 'الآن',
        clear: 'مسح',
        setToNow: 'ضبط «%{fieldLabel}» على الوقت الحالي',
      },
      list: {
        add: 'إضافة %{item}',
        addType: 'إضافة %{item}',
      },
      object: {
        expand: 'توسيع',
        collapse: 'طيّ',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      draft: 'مسودة',
      copy: 'نسخ',
      copyUrl: 'نسخ الرابط',
      copyPath: 'نسخ المسار',
      copyName: 'نسخ الاسم',
      copied: 'نُسخ',
    },
    mediaLibrary: {
      onDelete: 'هل أنت متأكد من حذف الوسائط المحددة؟',
      fileTooLarge: 'الملف كبير جدًا.\nلا تسمح الإعدادات بملفات يزيد حجمها على %{size} كيلوبايت.',
    },
    mediaLibraryModal: {
      loading: 'جارٍ التحميل...',
      close: 'إغلاق',
      noResults: 'لا توجد نتائج.',
      noAssetsFound: 'لم يُعثر على ملفات.',
      noImagesFound: 'لم يُعثر على صور.',
      // Decap prefixes this to the title ("Private Images"); Arabic puts the adjective after the
      // noun, so a prefix reads as a label instead: «خاص: الصور».
      private: 'خاص: ',
      images: 'الصور',
      mediaAssets: 'ملفات الوسائط',
      search: 'بحث...',
      uploading: 'جارٍ الرفع...',
      upload: 'رفع',
      download: 'تنزيل',
      deleting: 'جارٍ الحذف...',
      deleteSelected: 'حذف المحدد',
      chooseSelected: 'اختيار المحدد',
    },
  },
  ui: {
    default: {
      goBackToSite: 'العودة إلى الموقع',
    },
    errorBoundary: {
      title: 'خطأ',
      // Followed by `reportIt` (a link) in the same sentence.
      details: 'حدث خطأ، يُرجى ',
      reportIt: 'فتح بلاغ على GitHub.',
      detailsHeading: 'التفاصيل',
      privacyWarning: 'يُملأ البلاغ عند فتحه برسالة الخطأ وبيانات التشخيص.\nيُرجى التحقق من صحة المعلومات وإزالة أي بيانات حساسة إن وُجدت.',
      recoveredEntry: {
        heading: 'مستند مُستعاد',
        warning: 'يُرجى نسخ هذا النص ولصقه في مكان آخر قبل مغادرة الصفحة!',
        copyButtonLabel: 'نسخ إلى الحافظة',
      },
    },
    settingsDropdown: {
      logOut: 'تسجيل الخروج',
      account: 'قائمة خيارات الحساب',
    },
    toast: {
      onFailToLoadEntries: 'تعذّر تحميل المادة: %{details}',
      onFailToLoadDeployPreview: 'تعذّر تحميل المعاينة: %{details}',
      onFailToPersist: 'تعذّر حفظ المادة: %{details}',
      onFailToDelete: 'تعذّر حذف المادة: %{details}',
      onFailToUpdateStatus: 'تعذّر تحديث الحالة: %{details}',
      missingRequiredField: 'عذرًا، لم تملأ حقلًا مطلوبًا. يُرجى إكماله قبل الحفظ.',
      entrySaved: 'حُفظت المادة',
      entryPublished: 'نُشرت المادة',
      entryUnpublished: 'أُلغي نشر المادة',
      onFailToPublishEntry: 'تعذّر النشر: %{details}',
      onFailToUnpublishEntry: 'تعذّر إلغاء نشر المادة: %{details}',
      entryUpdated: 'حُدّثت حالة المادة',
      onDeleteUnpublishedChanges: 'حُذفت التغييرات غير المنشورة',
      noteAdded: 'أُضيفت الملاحظة',
      onFailToAddNote: 'تعذّرت إضافة الملاحظة: %{details}',
      noteUpdated: 'حُدّثت الملاحظة',
      onFailToUpdateNote: 'تعذّر تحديث الملاحظة: %{details}',
      noteDeleted: 'حُذفت الملاحظة',
      onFailToDeleteNote: 'تعذّر حذف الملاحظة: %{details}',
      noteResolved: 'حُدّدت الملاحظة كمُعالَجة',
      noteReopened: 'أُعيد فتح الملاحظة',
      onFailToToggleNote: 'تعذّر تغيير حالة الملاحظة: %{details}',
      onFailToAuth: '%{details}',
      onLoggedOut: 'سُجّل خروجك، يُرجى حفظ نسخة احتياطية من أي بيانات ثم تسجيل الدخول مجددًا',
      onBackendDown: 'تواجه خدمة الواجهة الخلفية انقطاعًا. راجِع %{details} لمزيد من المعلومات',
    },
  },
  workflow: {
    workflow: {
      loading: 'جارٍ تحميل مواد سير العمل التحريري',
      workflowHeading: 'سير العمل التحريري',
      newPost: 'مادة جديدة',
      // Polyglot's Arabic forms, in order: 0, 1, 2, 3–10, 11–99, and 100–102 (also 200–202…).
      // `readyCount` has no plural of its own, so it is given as a figure after a colon.
      description:
        'لا توجد مواد بانتظار المراجعة، والجاهز للنشر: %{readyCount}. |||| ' +
        'مادة واحدة بانتظار المراجعة، والجاهز للنشر: %{readyCount}. |||| ' +
        'مادتان بانتظار المراجعة، والجاهز للنشر: %{readyCount}. |||| ' +
        '%{smart_count} مواد بانتظار المراجعة، والجاهز للنشر: %{readyCount}. |||| ' +
        '%{smart_count} مادة بانتظار المراجعة، والجاهز للنشر: %{readyCount}. |||| ' +
        '%{smart_count} مادة بانتظار المراجعة، والجاهز للنشر: %{readyCount}.',
      // A dayjs format. The bundle's dayjs names months in English only («2 December» in an
      // Arabic card): the date as editors write it instead.
      dateFormat: 'YYYY-MM-DD',
    },
    workflowCard: {
      lastChange: '%{date} بواسطة %{author}',
      lastChangeNoAuthor: '%{date}',
      lastChangeNoDate: 'بواسطة %{author}',
      deleteChanges: 'حذف التغييرات',
      deleteNewEntry: 'حذف المادة الجديدة',
      publishChanges: 'نشر التغييرات',
      publishNewEntry: 'نشر المادة الجديدة',
    },
    workflowList: {
      onDeleteEntry: 'هل أنت متأكد من حذف هذه المادة؟',
      onPublishingNotReadyEntry: 'لا يمكن نشر إلا المواد التي حالتها «جاهز للنشر». يُرجى سحب البطاقة إلى عمود «جاهز للنشر» لتفعيل النشر.',
      onPublishEntry: 'هل أنت متأكد من نشر هذه المادة؟',
      draftHeader: 'المسودات',
      inReviewHeader: 'قيد المراجعة',
      readyHeader: 'جاهز للنشر',
      // Same six forms as `description` above.
      currentEntries: 'لا توجد مواد |||| مادة واحدة |||| مادتان |||| %{smart_count} مواد |||| %{smart_count} مادة |||| %{smart_count} مادة',
    },
  },
};
